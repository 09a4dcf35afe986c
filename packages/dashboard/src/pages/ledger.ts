import { BAD_REVIEW_REASONS, LEVEL_LABELS } from '@manyi/core';
import { html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { query } from '../api.js';
import { DashboardPage } from '../parts/page.js';
import { may } from '../permissions.js';
import {
  type BadReviewCase,
  CASE_STATES,
  CaseListSchema,
  CaseSchema,
  type CaseState,
  type CaseSummary,
  CaseSummarySchema,
  StatsAnswerSchema,
} from '../schemas.js';
import { nextStates, STATE_LABEL } from './case-states.js';

/** 差评台账: every bad review as a case, its deadlines, its handling, and the handling rates. */
@customElement('manyi-dashboard-ledger')
export class LedgerPage extends DashboardPage {
  @state() private cases: BadReviewCase[] = [];
  @state() private summary: CaseSummary | undefined;
  @state() private goodReviewRate: number | null = null;
  @state() private stateFilter: CaseState | '' = '';
  @state() private overdueOnly = false;
  @state() private openId = '';
  @state() private formError = '';

  protected async load(): Promise<void> {
    const [list, summary, stats] = await Promise.all([
      this.api.call(CaseListSchema, `cases?${query({ ...this.period, state: this.stateFilter, overdue: this.overdueOnly ? 'true' : '' })}`),
      this.api.call(CaseSummarySchema, `cases/summary?${query(this.period)}`),
      this.api.call(StatsAnswerSchema, `stats?${query(this.period)}`),
    ]);
    this.cases = list.cases;
    this.summary = summary;
    this.goodReviewRate = stats.overall.goodReviewRate;
    await this.loadCatalogue();
  }

  private filter(event: Event): void {
    const field = event.target as HTMLInputElement | HTMLSelectElement;
    if (field.name === 'state') this.stateFilter = field.value as CaseState | '';
    if (field.name === 'overdue') this.overdueOnly = (field as HTMLInputElement).checked;
    void this.reload();
  }

  private async transition(c: BadReviewCase, to: CaseState, form: HTMLFormElement): Promise<void> {
    const data = new FormData(form);
    const note = String(data.get('note') ?? '').trim();
    const reason = String(data.get('reason') ?? '').trim();
    const t = this.t;
    if (!note || note.length > 1000) {
      this.formError = t('noteRequired');
      form.querySelector<HTMLTextAreaElement>('[name=note]')?.focus();
      return;
    }
    if (to === 'voided' && !reason) {
      this.formError = t('reasonRequired');
      form.querySelector<HTMLTextAreaElement>('[name=reason]')?.focus();
      return;
    }
    this.formError = '';
    await this.run(async () => {
      const updated = await this.api.call(CaseSchema, `cases/${encodeURIComponent(c.id)}/transitions`, {
        method: 'POST',
        body: { to, note, ...(to === 'voided' ? { reason } : {}) },
      });
      this.cases = this.cases.map((x) => (x.id === updated.id ? updated : x));
      form.reset();
      this.summary = await this.api.call(CaseSummarySchema, `cases/summary?${query(this.period)}`);
    });
  }

  private reasons(c: BadReviewCase): string {
    return c.reasons.map((code) => this.t.label(BAD_REVIEW_REASONS.find((r) => r.code === code)?.labels, code)).join('、');
  }

  private detail(c: BadReviewCase) {
    const t = this.t;
    const moves = may(this.signedInRole, c.state === 'appealed' ? 'decideAppeals' : 'handleCases') ? nextStates(c) : [];
    return html`<tr class="detail"><td colspan="8">
      <div class="grid">
        <div>
          <h3>${t('history')}</h3>
          <ol>${c.history.map((h) => html`<li>${t.dateTime(h.at)} · ${h.from ? t(STATE_LABEL[h.from as CaseState] ?? 'stateNew') : '—'} → ${t(STATE_LABEL[h.to as CaseState] ?? 'stateNew')}${h.by ? ` · ${h.by}` : ''}${h.note ? html`<br /><span class="status">${h.note}</span>` : nothing}</li>`)}</ol>
          ${c.comment ? html`<p><strong>${t('comment')}:</strong> ${c.comment}</p>` : nothing}
        </div>
        ${
          moves.length
            ? html`<form @submit=${(e: Event) => e.preventDefault()} aria-label=${t('handleCase')}>
              <label>${t('note')} <textarea name="note" maxlength="1000" required></textarea></label>
              ${moves.includes('voided') ? html`<label>${t('voidReason')} <textarea name="reason" maxlength="1000"></textarea></label>` : nothing}
              ${this.formError ? html`<p role="alert">${this.formError}</p>` : nothing}
              <div class="actions">
                ${moves.map(
                  (to) => html`<button type="button" class=${to === 'voided' ? 'danger' : 'primary'} ?disabled=${this.busy}
                    @click=${(e: Event) => this.transition(c, to, (e.target as HTMLElement).closest('form') as HTMLFormElement)}>
                    ${c.state === 'appealed' && to !== 'voided' ? t('backToBefore') : t('moveTo', { state: t(STATE_LABEL[to]) })}
                  </button>`,
                )}
              </div>
            </form>`
            : nothing
        }
      </div>
    </td></tr>`;
  }

  private row(c: BadReviewCase) {
    const t = this.t;
    const open = this.openId === c.id;
    return html`<tr class=${c.overdue ? 'overdue' : ''}>
        <th scope="row"><button aria-expanded=${open ? 'true' : 'false'} @click=${() => {
          this.openId = open ? '' : c.id;
          this.formError = '';
        }}>${t.dateTime(c.ratedAt)}</button></th>
        <td class="name">${this.nameIn('windows', c.windowId)}${c.assignee ? html`<br /><span class="status">${t('assignee')}: ${c.assignee}</span>` : nothing}</td>
        <td><span class="badge bad">${t.label(LEVEL_LABELS[c.level])}</span></td>
        <td>${this.reasons(c) || '—'}</td>
        <td><span class="badge" data-state=${c.state}>${t(STATE_LABEL[c.state])}</span>${c.overdue ? html` <span class="badge bad">${t('overdue')}</span>` : nothing}</td>
        <td>${t.deadline(c.callbackDueAt)}</td>
        <td>${t.deadline(c.rectifyDueAt)}</td>
        <td class="name">${this.nameIn('serviceItems', c.serviceItemId)}</td>
      </tr>${open ? this.detail(c) : nothing}`;
  }

  protected override render() {
    const t = this.t;
    const s = this.summary;
    const kpis: [string, string][] = [
      [t('goodReviewRate'), t.percent(this.goodReviewRate)],
      [t('badReviews'), String(s?.badReviews ?? '—')],
      [t('replyRate'), t.percent(s?.replyRate)],
      [t('rectificationRate'), t.percent(s?.rectificationRate)],
      [t('rectificationSatisfaction'), t.percent(s?.satisfactionWithRectification)],
      [t('overdueCases'), String(s?.overdue ?? '—')],
    ];
    return html`<h2>${t('ledgerTitle')}</h2>
      <dl class="kpis">${kpis.map(([name, value]) => html`<div class="kpi"><dt>${name}</dt><dd>${value}</dd></div>`)}</dl>
      <form class="filters" aria-label=${t('filters')} @change=${this.filter} @submit=${(e: Event) => e.preventDefault()}>
        <label>${t('caseState')}
          <select name="state">
            <option value="">${t('anyState')}</option>
            ${CASE_STATES.map((s) => html`<option value=${s} ?selected=${this.stateFilter === s}>${t(STATE_LABEL[s])}</option>`)}
          </select>
        </label>
        <label class="inline"><input type="checkbox" name="overdue" .checked=${this.overdueOnly} /> ${t('onlyOverdue')}</label>
        ${this.busy ? html`<span class="status" role="status">${t('loading')}</span>` : nothing}
      </form>
      ${this.error ? html`<p role="alert">${this.error}</p>` : nothing}
      <section class="card scroll" aria-label=${t('ledgerTitle')}>
        <table>
          <thead><tr>
            <th scope="col">${t('ratedAt')}</th><th scope="col">${t('window')}</th><th scope="col">${t('level')}</th><th scope="col">${t('reasons')}</th>
            <th scope="col">${t('caseState')}</th><th scope="col">${t('callbackDue')}</th><th scope="col">${t('rectifyDue')}</th><th scope="col">${t('serviceItem')}</th>
          </tr></thead>
          <tbody>${this.cases.length ? this.cases.map((c) => this.row(c)) : html`<tr><td colspan="8">${this.busy ? t('loading') : t('noData')}</td></tr>`}</tbody>
        </table>
      </section>`;
  }
}
