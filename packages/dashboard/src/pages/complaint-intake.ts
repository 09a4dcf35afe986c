import { ConsultationSchema, INTAKE_CHANNEL_LABELS, INTAKE_CHANNELS, StaffComplaintFiledSchema } from '@manyi/collector/schemas';
import { COMPLAINT_CATEGORY_CODES, complaintCategoryLabels } from '@manyi/core';
import { html, LitElement, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { AdminApi } from '../api.js';
import type { Messages } from '../i18n/messages.js';
import { pageStyles } from '../parts/styles.js';

/** A `datetime-local` value for now in hall time (China Standard Time). */
const hallNow = () => new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 16);
/** A `datetime-local` value read as hall time. */
const fromHallTime = (value: string) => new Date(`${value}:00+08:00`).toISOString();

/**
 * Keying in what reached the station by box, phone (12345 too), letter, visit or symposium: a
 * complaint (it gets a tracking number) or a consultation (咨询, logged apart). Fires
 * `manyi-complaint-filed` once a complaint is stored.
 */
@customElement('manyi-dashboard-complaint-intake')
export class ComplaintIntake extends LitElement {
  static override styles = [pageStyles];

  @property({ attribute: false }) api!: AdminApi;
  @property({ attribute: false }) t!: Messages;
  @property() station = '';
  @state() private outcome = '';
  @state() private failure = '';
  @state() private busy = false;

  private async send(event: SubmitEvent, kind: 'complaints' | 'consultations'): Promise<void> {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const d = Object.fromEntries(new FormData(form)) as Record<string, string>;
    const text = (v: string | undefined) => (v?.trim() ? v.trim() : undefined);
    const contact = text(d.phone) ? { name: text(d.name), phone: (d.phone ?? '').trim() } : undefined;
    const common = { channel: d.channel, receivedAt: d.receivedAt ? fromHallTime(d.receivedAt) : '' };
    this.busy = true;
    this.outcome = '';
    this.failure = '';
    try {
      const path = `stations/${encodeURIComponent(this.station)}/${kind}`;
      if (kind === 'complaints') {
        const body = {
          ...common,
          category: d.category,
          staffId: text(d.staffId),
          windowId: text(d.windowId),
          description: d.description?.trim(),
          wantsReply: contact !== undefined,
          contact,
          consent: contact ? d.consent === '1' : undefined,
        };
        const filed = await this.api.call(StaffComplaintFiledSchema, path, { method: 'POST', body });
        this.outcome = this.t('intakeDone', { trackingNo: filed.trackingNo });
        this.dispatchEvent(new CustomEvent('manyi-complaint-filed', { detail: filed, bubbles: true, composed: true }));
      } else {
        const body = { ...common, topic: d.topic?.trim(), answer: text(d.answer), contact };
        await this.api.call(ConsultationSchema, path, { method: 'POST', body });
        this.outcome = this.t('consultationDone');
      }
      form.reset();
    } catch (error) {
      this.failure = (error as Error).message;
    } finally {
      this.busy = false;
    }
  }

  private channelField() {
    const t = this.t;
    return html`<label>${t('intakeChannel')}
        <select name="channel">${INTAKE_CHANNELS.map((c) => html`<option value=${c}>${t.label(INTAKE_CHANNEL_LABELS[c], c)}</option>`)}</select>
      </label>
      <label>${t('intakeReceivedAt')} <input type="datetime-local" name="receivedAt" required .value=${hallNow()} /></label>`;
  }

  private contactFields() {
    const t = this.t;
    return html`<label>${t('intakeContactName')} <input name="name" maxlength="50" autocomplete="off" /></label>
      <label>${t('intakeContactPhone')} <input name="phone" inputmode="tel" maxlength="20" autocomplete="off" /></label>`;
  }

  protected override render() {
    const t = this.t;
    return html`<div class="grid">
      <form class="card" @submit=${(e: SubmitEvent) => this.send(e, 'complaints')} aria-label=${t('intakeTitle')}>
        <h3>${t('intakeTitle')}</h3>
        ${this.channelField()}
        <label>${t('category')}
          <select name="category">${COMPLAINT_CATEGORY_CODES.map((c) => html`<option value=${c}>${t.label(complaintCategoryLabels(c), c)}</option>`)}</select>
        </label>
        <label>${t('description')} <textarea name="description" required maxlength="2000"></textarea></label>
        <label>${t('intakeStaff')} <input name="staffId" maxlength="64" /></label>
        <label>${t('intakeWindow')} <input name="windowId" maxlength="64" /></label>
        ${this.contactFields()}
        <label class="inline"><input type="checkbox" name="consent" value="1" /> ${t('intakeConsent')}</label>
        <p><button class="primary" ?disabled=${this.busy}>${t('intakeSubmit')}</button></p>
      </form>
      <form class="card" @submit=${(e: SubmitEvent) => this.send(e, 'consultations')} aria-label=${t('consultationTitle')}>
        <h3>${t('consultationTitle')}</h3>
        ${this.channelField()}
        <label>${t('consultationTopic')} <textarea name="topic" required maxlength="2000"></textarea></label>
        <label>${t('consultationAnswer')} <textarea name="answer" maxlength="2000"></textarea></label>
        ${this.contactFields()}
        <p><button ?disabled=${this.busy}>${t('consultationSubmit')}</button></p>
      </form>
    </div>
    ${this.outcome ? html`<p role="status">${this.outcome}</p>` : nothing}
    ${this.failure ? html`<p role="alert">${this.failure}</p>` : nothing}`;
  }
}
