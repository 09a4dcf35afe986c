import { complaintCategoryLabels } from '@manyi/core';
import { html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { query } from '../api.js';
import type { MessageKey } from '../i18n/messages.js';
import { DashboardPage } from '../parts/page.js';
import { may } from '../permissions.js';
import { type Complaint, ComplaintListSchema, ComplaintSchema, type HistoryStep } from '../schemas.js';
import './standing.js';
import '../parts/phone-number.js';
import './complaint-figures.js';
import './complaint-intake.js';
import './complaint-steps.js';

const STATUS_LABEL: Readonly<Record<Complaint['status'], MessageKey>> = {
  received: 'statusReceived',
  assigned: 'statusAssigned',
  replied: 'statusReplied',
  closed: 'statusClosed',
};
const ACTION_LABEL: Readonly<Record<HistoryStep['action'], MessageKey>> = {
  assign: 'assign',
  handover: 'handOver',
  reply: 'reply',
  close: 'statusClosed',
  finding: 'actionFinding',
  void: 'actionVoid',
  satisfaction: 'actionSatisfaction',
  reopen: 'actionReopen',
  talk: 'actionTalk',
  appeal: 'actionAppeal',
  'appeal-decision': 'actionAppealDecision',
};

/** Complaints with their owner, hand-overs and public reply; the staff points ledger and the station's standing. */
@customElement('manyi-dashboard-complaints')
export class ComplaintsPage extends DashboardPage {
  @state() private complaints: Complaint[] = [];
  @state() private open: Complaint | undefined;
  @state() private actionError = '';

  protected async load(): Promise<void> {
    this.complaints = (await this.api.call(ComplaintListSchema, `complaints?${query({ station: this.station })}`)).items;
  }

  private async show(trackingNo: string): Promise<void> {
    this.actionError = '';
    await this.run(async () => {
      this.open = await this.api.call(ComplaintSchema, `complaints/${encodeURIComponent(trackingNo)}`);
    });
  }

  /** Sends one handling step; the complaint comes back as it now stands, or the error shows beside the form. */
  private async act(event: SubmitEvent, step: 'assign' | 'handover' | 'reply'): Promise<void> {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const data = Object.fromEntries(new FormData(form)) as Record<string, string>;
    const c = this.open;
    if (!c) return;
    const body =
      step === 'assign'
        ? { assignee: data.assignee?.trim() }
        : step === 'handover'
          ? { to: data.to?.trim(), note: data.note?.trim() }
          : { publicReply: data.publicReply?.trim(), status: data.close ? 'closed' : 'replied' };
    this.actionError = '';
    this.busy = true;
    try {
      await this.api.call(ComplaintSchema, `complaints/${encodeURIComponent(c.trackingNo)}/${step}`, { method: 'POST', body });
      // Read it back whole: the history and deadline live on the detail route.
      this.changed(await this.api.call(ComplaintSchema, `complaints/${encodeURIComponent(c.trackingNo)}`));
      form.reset();
    } catch (error) {
      this.actionError = (error as Error).message;
    } finally {
      this.busy = false;
    }
  }

  /** A step changed the open complaint: show it as it now stands, in the detail and the list. */
  private changed(now: Complaint): void {
    this.open = now;
    this.complaints = this.complaints.map((x) => (x.trackingNo === now.trackingNo ? now : x));
  }

  /** One history line: when, what was done, from whom or what to whom or what, and the note. */
  private step(h: HistoryStep): string {
    const t = this.t;
    // Assignments and hand-overs move between owners (names); replies and closing between statuses (codes).
    const byStatus = h.action === 'reply' || h.action === 'close';
    const name = (v: string) => {
      const label = byStatus ? STATUS_LABEL[v as Complaint['status']] : undefined;
      return label ? t(label) : v;
    };
    const what = `${t(ACTION_LABEL[h.action])}: `;
    const move = `${h.from ? `${name(h.from)} → ` : ''}${name(h.to)}`;
    return `${t.dateTime(h.at)} · ${what}${move}${h.note ? ` — ${h.note}` : ''}`;
  }

  private detail(c: Complaint) {
    const t = this.t;
    return html`<section class="card" aria-labelledby="complaint-title">
      <h3 id="complaint-title">${t('trackingNo')} ${c.trackingNo}</h3>
      <p>${c.description}</p>
      <p class="status">
        ${t('category')}: ${t.label(complaintCategoryLabels(c.category), c.category)} · ${t('contact')}:
        ${
          c.contact
            ? html`${c.contact.name ?? ''}
                <manyi-phone-number .api=${this.api} .t=${t} trackingNo=${c.trackingNo} masked=${c.contact.phone} ?allowed=${may(this.signedInRole, 'showPhone')}></manyi-phone-number>`
            : t('noContact')
        }
        ${c.firstOwner ? html` · ${t('firstOwner')}: ${c.firstOwner}` : nothing} · ${t('assignee')}: ${c.assignee ?? '—'}
      </p>
      ${c.publicReply ? html`<p><strong>${t('publicReply')}:</strong> ${c.publicReply}</p>` : nothing}
      ${
        c.history?.length
          ? html`<h4>${t('history')}</h4>
            <ol>${c.history.map((h) => html`<li>${this.step(h)}</li>`)}</ol>`
          : nothing
      }
      <manyi-dashboard-complaint-steps .api=${this.api} .t=${t} .complaint=${c} @manyi-complaint-changed=${(e: CustomEvent<Complaint>) => this.changed(e.detail)}></manyi-dashboard-complaint-steps>
      ${this.actionError ? html`<p role="alert">${this.actionError}</p>` : nothing}
      ${
        c.status === 'closed' || !may(this.signedInRole, 'handleComplaints')
          ? nothing
          : html`<div class="grid">
            <form @submit=${(e: SubmitEvent) => this.act(e, 'assign')} aria-label=${t('assign')}>
              <label>${t('assignee')} <input name="assignee" required maxlength="50" /></label>
              <p><button class="primary" ?disabled=${this.busy}>${t('assign')}</button></p>
            </form>
            <form @submit=${(e: SubmitEvent) => this.act(e, 'handover')} aria-label=${t('handOver')}>
              <label>${t('handOverTo')} <input name="to" required maxlength="50" /></label>
              <label>${t('note')} <input name="note" required maxlength="1000" /></label>
              <p><button ?disabled=${this.busy}>${t('handOver')}</button></p>
            </form>
            <form @submit=${(e: SubmitEvent) => this.act(e, 'reply')} aria-label=${t('reply')}>
              <label>${t('publicReply')} <textarea name="publicReply" maxlength="2000" required></textarea></label>
              <label class="inline"><input type="checkbox" name="close" value="1" /> ${t('closeWithReply')}</label>
              <p><button class="primary" ?disabled=${this.busy}>${t('reply')}</button></p>
            </form>
          </div>`
      }
    </section>`;
  }

  protected override render() {
    const t = this.t;
    return html`<h2>${t('complaintsTitle')}</h2>
      ${this.error ? html`<p role="alert">${this.error}</p>` : nothing}
      <manyi-dashboard-complaint-figures .api=${this.api} .t=${t} station=${this.station} from=${this.from} to=${this.to}></manyi-dashboard-complaint-figures>
      <manyi-dashboard-complaint-intake .api=${this.api} .t=${t} station=${this.station} @manyi-complaint-filed=${() => this.reload()}></manyi-dashboard-complaint-intake>
      <section class="card scroll" aria-label=${t('complaintsTitle')}>
        <table>
          <thead><tr><th scope="col">${t('trackingNo')}</th><th scope="col">${t('category')}</th><th scope="col">${t('status')}</th><th scope="col">${t('receivedAt')}</th><th scope="col">${t('dueAt')}</th><th scope="col">${t('assignee')}</th></tr></thead>
          <tbody>
            ${
              this.complaints.length
                ? this.complaints.map(
                    (c) => html`<tr class=${c.overdue ? 'overdue' : ''}>
                    <th scope="row"><button aria-expanded=${this.open?.trackingNo === c.trackingNo ? 'true' : 'false'} @click=${() => this.show(c.trackingNo)}>${c.trackingNo}</button></th>
                    <td>${t.label(complaintCategoryLabels(c.category), c.category)}</td>
                    <td><span class="badge">${t(STATUS_LABEL[c.status])}</span>${c.overdue ? html` <span class="badge bad">${t('overdue')}</span>` : nothing}</td>
                    <td>${t.dateTime(c.receivedAt)}</td>
                    <td>${t.deadline(c.dueAt)}</td>
                    <td>${c.assignee ?? '—'}</td>
                  </tr>`,
                  )
                : html`<tr><td colspan="6">${this.busy ? t('loading') : t('noData')}</td></tr>`
            }
          </tbody>
        </table>
      </section>
      ${this.open ? this.detail(this.open) : nothing}`;
  }
}
