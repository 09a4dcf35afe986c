import type { Locale } from '@manyi/core';
import { type OnDemand, onDemand } from '../on-demand.js';

/** The locales fetched on demand: every one but zh-CN, which ships with each element. */
export type LoadedLocale = Exclude<Locale, 'zh-CN'>;

/**
 * One element's messages: zh-CN (the default) is in the element's own module, the others are
 * fetched with `import()` the first time a `lang` asks for them, so a portal in Chinese ships no
 * English or Traditional text. Shared by every instance of the element on the page.
 */
export class Catalogue<M> {
  readonly #locales: Readonly<Record<Locale, OnDemand<M>>>;

  constructor(zhCN: M, loaders: Readonly<Record<LoadedLocale, () => Promise<M>>>) {
    this.#locales = {
      'zh-CN': { loaded: zhCN, load: () => Promise.resolve(zhCN) },
      en: onDemand(loaders.en),
      'zh-TW': onDemand(loaders['zh-TW']),
    };
  }

  /** The messages of a locale when they are here already. */
  get(locale: Locale): M | undefined {
    return this.#locales[locale].loaded;
  }

  /**
   * Fetches a locale's messages (once, however many elements ask); undefined when they cannot be
   * had, such as offline with nothing cached, and then the next request tries again.
   */
  load(locale: Locale): Promise<M | undefined> {
    return this.#locales[locale].load().catch(() => undefined);
  }
}
