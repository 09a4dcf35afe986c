import type { DeviceConfig } from '@manyi/core';
import type { OutboxStatus, QuarantinedRecord } from '@manyi/outbox';
import { html, nothing, type TemplateResult } from 'lit';
import type { KioskMessages } from './messages.js';

export function pinScreen(t: KioskMessages, wrong: boolean, onSubmit: (pin: string) => void, onCancel: () => void): TemplateResult {
  const submit = (e: SubmitEvent) => {
    e.preventDefault();
    const input = (e.target as HTMLFormElement).elements.namedItem('pin') as HTMLInputElement;
    onSubmit(input.value);
    input.value = '';
  };
  return html`<section class="setup">
    <h1>${t.pinTitle}</h1>
    <form @submit=${submit}>
      <label for="pin">${t.pinLabel}</label>
      <input id="pin" name="pin" type="password" inputmode="numeric" autocomplete="off" required aria-describedby=${wrong ? 'pin-error' : nothing} />
      ${wrong ? html`<p id="pin-error" class="error" role="alert">${t.pinWrong}</p>` : nothing}
      <div class="row">
        <button type="submit">${t.unlock}</button>
        <button type="button" class="secondary" @click=${onCancel}>${t.cancel}</button>
      </div>
    </form>
  </section>`;
}

export interface AdminView {
  config: DeviceConfig;
  windowId: string | undefined;
  status: OutboxStatus;
  /** What the collector refused, kept here: a complaint among them had its number shown to a citizen. */
  refused: QuarantinedRecord[];
  version: string;
  locale: string;
  onSyncNow: () => void;
  onChangeWindow: () => void;
  onReenroll: () => void;
  onClose: () => void;
}

function when(t: KioskMessages, ms: number | null, locale: string): string {
  return ms === null ? t.never : new Date(ms).toLocaleString(locale);
}

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

export function adminScreen(t: KioskMessages, v: AdminView): TemplateResult {
  const s = v.status;
  const windowName = v.config.windows.find((w) => w.id === v.windowId)?.name ?? '—';
  const rows: [string, string][] = [
    [t.station, `${v.config.station.name} (${v.config.station.id})`],
    [t.window, windowName],
    [t.device, v.config.deviceId],
    [t.version, v.version],
    [t.syncState, t.syncStates[s.state]],
    [t.pendingCount, String(s.pending)],
    [t.quarantinedCount, String(s.quarantined)],
    [t.oldestPending, when(t, s.oldestPendingAt, v.locale)],
    [t.lastSuccess, when(t, s.lastSuccessAt, v.locale)],
    [t.persisted, s.persisted ? t.yes : t.no],
    [t.storage, s.estimate ? `${megabytes(s.estimate.usage)} / ${megabytes(s.estimate.quota)}` : '—'],
    [t.lastError, s.lastError ?? t.none],
  ];
  return html`<section class="setup admin">
    <h1>${t.adminTitle}</h1>
    <dl>${rows.map(([k, value]) => html`<dt>${k}</dt><dd>${value}</dd>`)}</dl>
    ${v.refused.length > 0 ? refusedList(t, v.refused, v.locale) : nothing}
    <div class="row">
      <button @click=${v.onSyncNow}>${t.syncNow}</button>
      <button class="secondary" @click=${v.onChangeWindow}>${t.changeWindow}</button>
      <button class="secondary" @click=${v.onReenroll}>${t.reenroll}</button>
      <button class="secondary" @click=${v.onClose}>${t.close}</button>
    </div>
  </section>`;
}

/** Each refused record with the collector's reason, so the attendant can follow it up (a citizen may hold its tracking number). */
function refusedList(t: KioskMessages, refused: QuarantinedRecord[], locale: string): TemplateResult {
  return html`<h2>${t.refusedTitle}</h2>
    <ul class="refused">
      ${refused.map(
        (q) => html`<li>
          <strong>${q.record.kind === 'complaint' ? t.refusedComplaint(q.record.trackingNo) : `${t.refusedRecord} ${q.record.kind}`}</strong>
          <span>${t.refusedAt} ${when(t, q.quarantinedAt, locale)}</span>
          <span>${q.error.code}: ${q.error.message}</span>
          ${q.personalDataErasedAt === undefined ? nothing : html`<span>${t.personalDataErased}</span>`}
        </li>`,
      )}
    </ul>`;
}
