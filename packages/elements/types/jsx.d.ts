// React 19 JSX types for the five tags: `import type {} from '@manyi/elements/jsx';` once in the
// app. React 19 sets a custom element's known properties as properties and turns `on<event>` props
// into listeners for exactly that event name, so `onmanyi-rated` listens to `manyi-rated`.
// Type-only: React is not a dependency of @manyi/elements.
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { ManyiTags } from './tags.js';

/** `on` + the event name, e.g. `onmanyi-rated`, with the event's own type. */
type EventProps<Events> = { [K in keyof Events & string as `on${K}`]?: (event: Events[K]) => void };

type ManyiElementProps<Tag extends keyof ManyiTags> = ManyiTags[Tag]['props'] &
  EventProps<ManyiTags[Tag]['events']> &
  Omit<DetailedHTMLProps<HTMLAttributes<ManyiTags[Tag]['element']>, ManyiTags[Tag]['element']>, keyof ManyiTags[Tag]['props']>;

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'manyi-rating-pad': ManyiElementProps<'manyi-rating-pad'>;
      'manyi-commitment-board': ManyiElementProps<'manyi-commitment-board'>;
      'manyi-complaint-form': ManyiElementProps<'manyi-complaint-form'>;
      'manyi-notice-checklist': ManyiElementProps<'manyi-notice-checklist'>;
      'manyi-satisfaction-board': ManyiElementProps<'manyi-satisfaction-board'>;
    }
  }
}

export type { ManyiElementProps };
