import { type Locale, resolveLocale } from '@manyi/core';
import type { ReactiveController, ReactiveControllerHost } from 'lit';

// One observer for the whole page: any `lang` change re-resolves every connected element.
const hosts = new Set<LocaleController>();
let observer: MutationObserver | undefined;

function watch(): void {
  if (observer) return;
  observer = new MutationObserver(() => {
    for (const h of hosts) h.update();
  });
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
}

/** Follows `lang` on the element itself or its nearest ancestor, switching live. */
export class LocaleController implements ReactiveController {
  locale: Locale = 'zh-CN';

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    hosts.add(this);
    watch();
    this.update();
  }

  hostDisconnected(): void {
    hosts.delete(this);
  }

  update(): void {
    const next = resolveLocale(this.host.closest('[lang]')?.getAttribute('lang'));
    if (next !== this.locale) {
      this.locale = next;
      this.host.requestUpdate();
    }
  }
}
