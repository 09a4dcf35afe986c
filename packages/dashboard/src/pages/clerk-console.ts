import { LEVEL_LABELS, type NationalLevel } from '@manyi/core';
import { html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { DashboardPage } from '../parts/page.js';
import { qrCode } from '../parts/qr-code.js';
import { type ServiceEventStarted, ServiceEventStartedSchema, ServiceEventStatusSchema } from '../schemas.js';

/** How often the page asks whether the visitor has rated yet. */
const FOLLOW_MS = 1000;

/**
 * The clerk console (窗口工作台): a clerk starts a service event for the person at their window —
 * ticket (办件号), staff member, service item — and the window's tablet offers the pad for it; the
 * page shows the rating address and its QR code (补充评价) and the rating once it arrives.
 */
@customElement('manyi-dashboard-clerk-console')
export class ClerkConsolePage extends DashboardPage {
  @state() private started: (ServiceEventStarted & { ticket: string }) | undefined;
  @state() private rating: { level: NationalLevel; channel: string } | null = null;
  #follow: ReturnType<typeof setTimeout> | undefined;

  protected async load(): Promise<void> {
    await this.loadCatalogue();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#follow);
  }

  /** Service events live beside the admin API (`/api/v1/stations/…`), not under it. */
  private get eventsPath(): string {
    return `../stations/${encodeURIComponent(this.station)}/service-events`;
  }

  private async start(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const form = new FormData(event.target as HTMLFormElement);
    const value = (name: string) => String(form.get(name) ?? '').trim();
    const body = {
      windowId: value('window'),
      ticket: value('ticket'),
      ...(value('staff') ? { staffId: value('staff') } : {}),
      ...(value('item') ? { serviceItemId: value('item') } : {}),
    };
    clearTimeout(this.#follow);
    await this.run(async () => {
      const started = await this.api.call(ServiceEventStartedSchema, this.eventsPath, { method: 'POST', body });
      this.started = { ...started, ticket: body.ticket };
      this.rating = null;
      this.#followRating(started.eventId);
    });
  }

  /** Asks until the visitor's rating arrives, from the tablet or the QR code. */
  #followRating(eventId: string): void {
    this.#follow = setTimeout(async () => {
      const status = await this.api
        .call(ServiceEventStatusSchema, `${this.eventsPath}/${encodeURIComponent(eventId)}`)
        .catch(() => undefined);
      if (this.started?.eventId !== eventId) return;
      if (status?.rating) this.rating = status.rating as { level: NationalLevel; channel: string };
      else this.#followRating(eventId);
    }, FOLLOW_MS);
  }

  private options(list: 'windows' | 'staff' | 'serviceItems', optional: boolean) {
    return html`${optional ? html`<option value="">—</option>` : nothing}
      ${(this.catalogue?.[list] ?? []).map((e) => html`<option value=${e.id}>${e.name}</option>`)}`;
  }

  private result() {
    const t = this.t;
    const s = this.started;
    if (!s) return nothing;
    return html`<section class="card" aria-labelledby="served-title">
      <h3 id="served-title">${t('consoleServing', { ticket: s.ticket })}</h3>
      <p role="status" data-rating=${this.rating?.level ?? ''}>
        ${this.rating ? t('consoleRated', { level: t.label(LEVEL_LABELS[this.rating.level]) }) : t('consoleWaiting')}
      </p>
      <div class="actions">
        ${qrCode(s.ratingUrl, t('consoleRatingUrl'))}
        <div>
          <p>${t('consoleRatingUrl')}</p>
          <p><code data-rating-url>${s.ratingUrl}</code></p>
          <p class="status">${t('codeExpires', { time: t.dateTime(s.ratingExpiresAt) })}</p>
        </div>
      </div>
    </section>`;
  }

  protected override render() {
    const t = this.t;
    return html`<h2>${t('consoleTitle')}</h2>
      ${this.error ? html`<p role="alert">${this.error}</p>` : nothing}
      <section class="card" aria-labelledby="start-title">
        <h3 id="start-title">${t('consoleStart')}</h3>
        <p class="status">${t('consoleHint')}</p>
        <form @submit=${this.start}>
          <label>${t('consoleWindow')} <select name="window" required>${this.options('windows', false)}</select></label>
          <label>${t('consoleTicket')} <input name="ticket" required maxlength="64" autocomplete="off" /></label>
          <label>${t('consoleStaff')} <select name="staff">${this.options('staff', true)}</select></label>
          <label>${t('consoleItem')} <select name="item">${this.options('serviceItems', true)}</select></label>
          <button class="primary" type="submit" ?disabled=${this.busy}>${t('consoleStart')}</button>
        </form>
      </section>
      ${this.result()}`;
  }
}
