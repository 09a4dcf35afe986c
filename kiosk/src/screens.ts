import type { DeviceConfig, Locale, ServiceEvent } from '@manyi/core';
import type { Outbox } from '@manyi/outbox';
import { html, nothing, type TemplateResult } from 'lit';
import '@manyi/elements/rating-pad.js';
import { KIOSK_MESSAGES, type KioskMessages } from './messages.js';

export interface SetupView {
  code: string;
  busy: boolean;
  error?: string;
  onSubmit: (code: string) => void;
}

export function setupScreen(t: KioskMessages, v: SetupView): TemplateResult {
  const submit = (e: SubmitEvent) => {
    e.preventDefault();
    const input = (e.target as HTMLFormElement).elements.namedItem('code') as HTMLInputElement;
    v.onSubmit(input.value);
  };
  return html`<section class="setup">
    <h1>${t.setupTitle}</h1>
    <p>${t.setupHelp}</p>
    <form @submit=${submit}>
      <label for="code">${t.codeLabel}</label>
      <input id="code" name="code" autocomplete="off" autocapitalize="characters" spellcheck="false" required .value=${v.code} ?disabled=${v.busy}
        aria-describedby=${v.error ? 'code-error' : nothing} />
      ${v.error ? html`<p id="code-error" class="error" role="alert">${v.error}</p>` : nothing}
      <button type="submit" ?disabled=${v.busy}>${v.busy ? t.enrolling : t.enroll}</button>
    </form>
  </section>`;
}

export function windowScreen(t: KioskMessages, config: DeviceConfig, onChoose: (windowId: string) => void): TemplateResult {
  return html`<section class="setup">
    <h1>${config.station.name}</h1>
    <p>${t.chooseWindow}</p>
    <div class="windows">${config.windows.map((w) => html`<button @click=${() => onChoose(w.id)}>${w.name}</button>`)}</div>
  </section>`;
}

/** The rating pad for the window, and for the service event a clerk started there when there is one. */
export function ratingPad(config: DeviceConfig, windowId: string, event: ServiceEvent | undefined, outbox: Outbox): TemplateResult {
  const s = config.station;
  return html`<manyi-rating-pad
    class="pad"
    station=${s.id}
    window=${windowId}
    staff=${event?.staffId ?? ''}
    service-item=${event?.serviceItemId ?? ''}
    ticket=${event?.ticket ?? ''}
    event=${event?.eventId ?? ''}
    channel="device"
    scale=${s.scale}
    cooldown-ms=${s.cooldownMs}
    thank-you-ms=${s.thankYouMs}
    .outbox=${outbox}
  ></manyi-rating-pad>`;
}

export function messageScreen(text: string, action?: { label: string; run: () => void }): TemplateResult {
  return html`<section class="setup">
    <p role="alert">${text}</p>
    ${action ? html`<button @click=${action.run}>${action.label}</button>` : nothing}
  </section>`;
}

const LANGUAGES: readonly { locale: Locale; name: string }[] = [
  { locale: 'zh-CN', name: '简体中文' },
  { locale: 'en', name: 'English' },
  { locale: 'zh-TW', name: '繁體中文' },
];

/** Each language named in itself, so a visitor finds theirs whatever is showing. */
export function languageSwitch(current: Locale, onChoose: (locale: Locale) => void): TemplateResult {
  return html`<div class="languages" role="group" aria-label="Language / 语言">
    ${LANGUAGES.map(
      (l) =>
        html`<button lang=${l.locale} aria-pressed=${l.locale === current ? 'true' : 'false'} @click=${() => onChoose(l.locale)}>${l.name}</button>`,
    )}
  </div>`;
}

/** A quiet line for the attendant: how many ratings are still on this tablet. */
export function syncLine(locale: Locale, pending: number, updateWaiting: boolean): TemplateResult {
  const t = KIOSK_MESSAGES[locale];
  return html`<p class="sync" data-pending=${pending}>${pending > 0 ? t.pending(pending) : t.allSent}${updateWaiting ? ` · ${t.updateReady}` : ''}</p>`;
}

/** Whom and what the visitor is rating: the clerk's name, the service item and the ticket (办件号). */
export function servedLine(t: KioskMessages, config: DeviceConfig, event: ServiceEvent | undefined): TemplateResult | typeof nothing {
  if (!event) return nothing;
  const staff = config.staff.find((m) => m.id === event.staffId)?.name;
  const item = config.serviceItems.find((i) => i.id === event.serviceItemId)?.name;
  return html`<p class="served" data-event=${event.eventId}>${t.served([staff, item].filter((x) => x !== undefined).join(' · '), event.ticket)}</p>`;
}
