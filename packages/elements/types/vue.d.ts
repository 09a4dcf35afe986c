// Vue 3 template types for the five tags: `import type {} from '@manyi/elements/vue';` once in the
// app (and `compilerOptions.isCustomElement: (tag) => tag.startsWith('manyi-')` in the Vue plugin).
// Vue binds `:outbox`, `:submit` and other known properties as properties, and `@manyi-rated`
// listens to the `manyi-rated` event; vue-tsc reads these as `onManyiRated` props.
// Type-only: Vue is not a dependency of @manyi/elements.
import type { DefineComponent } from 'vue';
import type { ManyiTags } from './tags.js';

/** `manyi-rated` → `ManyiRated`. */
type Pascal<S extends string> = S extends `${infer Head}-${infer Tail}` ? `${Capitalize<Head>}${Pascal<Tail>}` : Capitalize<S>;

/** `onManyiRated`, with the event's own type, as vue-tsc names the listener of `@manyi-rated`. */
type EventProps<Events> = { [K in keyof Events & string as `on${Pascal<K>}`]?: (event: Events[K]) => void };

type ManyiComponent<Tag extends keyof ManyiTags> = DefineComponent<ManyiTags[Tag]['props'] & EventProps<ManyiTags[Tag]['events']>>;

declare module 'vue' {
  interface GlobalComponents {
    'manyi-rating-pad': ManyiComponent<'manyi-rating-pad'>;
    'manyi-commitment-board': ManyiComponent<'manyi-commitment-board'>;
    'manyi-complaint-form': ManyiComponent<'manyi-complaint-form'>;
    'manyi-notice-checklist': ManyiComponent<'manyi-notice-checklist'>;
    'manyi-satisfaction-board': ManyiComponent<'manyi-satisfaction-board'>;
  }
}

export type { ManyiComponent };
