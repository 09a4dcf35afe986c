import type { Locale } from '@manyi/core';

/** The locales fetched on demand: every one but zh-CN, which ships with each element. */
export type LoadedLocale = Exclude<Locale, 'zh-CN'>;

/**
 * One element's messages: zh-CN (the default) is in the element's own module, the others are
 * fetched with `import()` the first time a `lang` asks for them, so a portal in Chinese ships no
 * English or Traditional text. Shared by every instance of the element on the page.
 */
export class Catalogue<M> {
  readonly #loaded = new Map<Locale, M>();
  readonly #loading = new Map<Locale, Promise<M | undefined>>();

  constructor(
    zhCN: M,
    private readonly loaders: Readonly<Record<LoadedLocale, () => Promise<M>>>,
  ) {
    this.#loaded.set('zh-CN', zhCN);
  }

  /** The messages of a locale when they are here already. */
  get(locale: Locale): M | undefined {
    return this.#loaded.get(locale);
  }

  /**
   * Fetches a locale's messages (once, however many elements ask); undefined when they cannot be
   * had, such as offline with nothing cached, and then the next request tries again.
   */
  load(locale: Locale): Promise<M | undefined> {
    const have = this.#loaded.get(locale);
    if (have) return Promise.resolve(have);
    let loading = this.#loading.get(locale);
    if (!loading) {
      loading = this.loaders[locale as LoadedLocale]().then(
        (messages) => {
          this.#loaded.set(locale, messages);
          this.#loading.delete(locale);
          return messages;
        },
        () => {
          this.#loading.delete(locale);
          return undefined;
        },
      );
      this.#loading.set(locale, loading);
    }
    return loading;
  }
}
