import { type Locale, resolveLocale } from '@manyi/core';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { PendingWork } from '../pending-work.js';
import type { Catalogue } from './catalogue.js';

// One observer for the whole page: any `lang` change re-resolves every connected element.
const hosts = new Set<LocaleController<unknown>>();
let observer: MutationObserver | undefined;

function watch(): void {
  if (observer) return;
  observer = new MutationObserver(() => {
    for (const h of hosts) h.update();
  });
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
}

/**
 * How long a first render shows nothing text-dependent while the messages `lang` asks for are on
 * their way (from the cache: a few milliseconds). After that, or when they cannot be had, the
 * element shows zh-CN, marked as such, and switches once they arrive.
 */
const FIRST_WAIT_MS = 1000;

/**
 * Follows `lang` on the element itself or its nearest ancestor, switching live. Given a catalogue,
 * it fetches the messages of a locale other than zh-CN on demand: `locale` and `messages` are what
 * to show, which stays the previous language (zh-CN at first) until the new messages are here.
 */
export class LocaleController<M = never> implements ReactiveController {
  /** The locale to show. */
  locale: Locale = 'zh-CN';
  /** The locale `lang` asks for. */
  wanted: Locale = 'zh-CN';
  /** The messages of `locale`, given a catalogue. */
  messages: M;
  /**
   * True while a first render should show nothing text-dependent: nothing has been shown yet and
   * the messages asked for are on their way. The element's updateComplete waits for them.
   */
  waiting = false;
  #shownText = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly catalogue?: Catalogue<M>,
    private readonly pending?: PendingWork,
  ) {
    this.messages = catalogue?.get('zh-CN') as M;
    host.addController(this);
  }

  /** The shown locale when it is not the one asked for, as a `lang` for the content (so it is read right). */
  get fallbackLang(): Locale | undefined {
    return this.locale === this.wanted ? undefined : this.locale;
  }

  hostConnected(): void {
    hosts.add(this);
    watch();
    this.update();
  }

  hostDisconnected(): void {
    hosts.delete(this);
  }

  hostUpdated(): void {
    if (!this.waiting) this.#shownText = true;
  }

  update(): void {
    const next = resolveLocale(this.host.closest('[lang]')?.getAttribute('lang'));
    if (next === this.wanted) return;
    this.wanted = next;
    const catalogue = this.catalogue;
    const have = catalogue?.get(next);
    if (!catalogue || have) {
      this.#show(next, have as M);
      return;
    }
    this.waiting = !this.#shownText;
    this.host.requestUpdate();
    const loaded = catalogue.load(next).then((messages) => {
      if (messages && this.wanted === next) this.#show(next, messages);
    });
    const gaveUp = new Promise((resolve) => setTimeout(resolve, FIRST_WAIT_MS));
    this.pending?.track(
      Promise.race([loaded, gaveUp]).then(() => {
        if (this.waiting) this.#show(this.locale, this.messages);
      }),
    );
  }

  #show(locale: Locale, messages: M): void {
    this.locale = locale;
    this.messages = messages;
    this.waiting = false;
    this.host.requestUpdate();
  }
}
