import type { DeviceConfig, ServiceItem } from '@manyi/core';
import type { Outbox } from '@manyi/outbox';
import { html, nothing, type TemplateResult } from 'lit';
import type { KioskMessages } from './messages.js';
// The info screens' elements ship in the kiosk's one file, defined at start: a tablet precaches
// all of it anyway, and one file gzips smaller than two and leaves no screen that could fail to
// load offline.
import '@manyi/elements/commitment-board.js';
import '@manyi/elements/complaint-form.js';
// Self-check only: a hall tablet never issues notices, so no clerk mode, printing or QR encoder.
import '@manyi/elements/notice-checklist/self-check.js';

export type InfoScreen = 'commitments' | 'complaint' | 'checklists';

/** Large buttons under the rating pad to the screens a visitor may want; none that would be empty. */
export function infoNav(t: KioskMessages, config: DeviceConfig, go: (screen: InfoScreen) => void): TemplateResult {
  return html`<nav class="info-nav" aria-label=${t.more}>
    ${config.commitments.length > 0 ? html`<button @click=${() => go('commitments')}>${t.commitments}</button>` : nothing}
    <button @click=${() => go('complaint')}>${t.complaint}</button>
    ${config.serviceItems.length > 0 ? html`<button @click=${() => go('checklists')}>${t.checklists}</button>` : nothing}
  </nav>`;
}

function backHome(t: KioskMessages, home: () => void): TemplateResult {
  return html`<button class="home" @click=${home}>${t.home}</button>`;
}

export function commitmentsScreen(t: KioskMessages, config: DeviceConfig, home: () => void): TemplateResult {
  return html`<section class="info">
    ${backHome(t, home)}
    <manyi-commitment-board mode="list" .commitments=${config.commitments}></manyi-commitment-board>
  </section>`;
}

export function complaintScreen(
  t: KioskMessages,
  config: DeviceConfig,
  windowId: string,
  outbox: Outbox,
  home: () => void,
): TemplateResult {
  const windowName = config.windows.find((w) => w.id === windowId)?.name ?? '';
  return html`<section class="info">
    ${backHome(t, home)}
    <manyi-complaint-form
      station=${config.station.id}
      window=${windowId}
      window-name=${windowName}
      channel="device"
      tracking-node=${config.trackingNode ?? nothing}
      .outbox=${outbox}
    ></manyi-complaint-form>
  </section>`;
}

export function checklistsScreen(
  t: KioskMessages,
  config: DeviceConfig,
  chosen: ServiceItem | undefined,
  choose: (item: ServiceItem | undefined) => void,
  home: () => void,
): TemplateResult {
  if (chosen) {
    return html`<section class="info">
      <div class="row">${backHome(t, home)}<button class="secondary" @click=${() => choose(undefined)}>${t.otherServices}</button></div>
      <manyi-notice-checklist mode="self-check" .serviceItem=${chosen}></manyi-notice-checklist>
    </section>`;
  }
  return html`<section class="info">
    ${backHome(t, home)}
    <h1>${t.checklists}</h1>
    <p>${t.checklistsHelp}</p>
    <div class="windows">${config.serviceItems.map((item) => html`<button @click=${() => choose(item)}>${item.name}</button>`)}</div>
  </section>`;
}
