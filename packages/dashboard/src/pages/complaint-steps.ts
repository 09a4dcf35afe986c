import { FINDING_LABELS, FINDINGS } from '@manyi/collector/schemas';
import { html, LitElement, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { AdminApi } from '../api.js';
import type { Messages } from '../i18n/messages.js';
import { pageStyles } from '../parts/styles.js';
import { type Complaint, ComplaintSchema } from '../schemas.js';

type Step = 'finding' | 'satisfaction' | 'warning-talk' | 'void' | 'appeal' | 'appeal-decision';

/**
 * The steps after investigation for one complaint: its finding with reasons, the citizen's
 * satisfaction after the reply, the warning talk a substantiated one brings, and a supervisor's
 * voiding. Fires `manyi-complaint-changed` with the complaint as it now stands.
 */
@customElement('manyi-dashboard-complaint-steps')
export class ComplaintSteps extends LitElement {
  static override styles = [pageStyles];

  @property({ attribute: false }) api!: AdminApi;
  @property({ attribute: false }) t!: Messages;
  @property({ attribute: false }) complaint!: Complaint;
  @state() private stepError = '';
  @state() private busy = false;

  private async send(event: SubmitEvent, step: Step): Promise<void> {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const data = Object.fromEntries(new FormData(form)) as Record<string, string>;
    const trim = (v: string | undefined) => (v?.trim() ? v.trim() : undefined);
    // A datetime-local value is hall time (China Standard Time), whatever the computer's zone.
    const body =
      step === 'finding'
        ? { finding: data.finding, reasons: data.reasons?.trim() }
        : step === 'satisfaction'
          ? { level: data.level, via: data.via, note: trim(data.note), reopen: data.reopen === '1' }
          : step === 'warning-talk'
            ? {
                heldAt: data.heldAt ? new Date(`${data.heldAt}:00+08:00`).toISOString() : '',
                heldBy: trim(data.heldBy),
                notes: data.notes?.trim(),
              }
            : step === 'appeal'
              ? { note: data.note?.trim() }
              : step === 'appeal-decision'
                ? { decision: data.decision, note: data.note?.trim() }
                : { reason: data.reason?.trim() };
    this.busy = true;
    this.stepError = '';
    try {
      const path = `complaints/${encodeURIComponent(this.complaint.trackingNo)}/${step}`;
      const now = await this.api.call(ComplaintSchema, path, { method: 'POST', body });
      form.reset();
      this.dispatchEvent(new CustomEvent('manyi-complaint-changed', { detail: now, bubbles: true, composed: true }));
    } catch (error) {
      this.stepError = (error as Error).message;
    } finally {
      this.busy = false;
    }
  }

  private findingLine(c: Complaint) {
    const t = this.t;
    if (!c.finding) return html`<p>${t('findingNone')}</p>`;
    return html`<p><strong>${t('findingLabel')}: ${t.label(FINDING_LABELS[c.finding.code], c.finding.code)}</strong> — ${c.finding.reasons}
      <small>(${t('findingBy', { by: c.finding.by, at: t.dateTime(c.finding.at) })})</small></p>`;
  }

  protected override render() {
    const t = this.t;
    const c = this.complaint;
    const open = c.status !== 'closed';
    return html`<h4>${t('findingTitle')}</h4>
      ${this.findingLine(c)}
      ${c.voided ? html`<p class="status">${t('voidedNote', { by: c.voided.by, reason: c.voided.reason })}</p>` : nothing}
      ${c.satisfaction ? html`<p>${t('satisfactionTitle')}: ${this.levelName(c.satisfaction.level)} (${t.dateTime(c.satisfaction.at)})</p>` : nothing}
      ${c.warningTalk ? html`<p>${t('talkTitle')}: ${t('talkHeld', { by: c.warningTalk.heldBy, at: t.dateTime(c.warningTalk.heldAt) })} — ${c.warningTalk.notes}</p>` : nothing}
      ${c.appeal ? this.appealLine(c.appeal) : nothing}
      ${this.stepError ? html`<p role="alert">${this.stepError}</p>` : nothing}
      <div class="grid">
        ${
          open && !c.voided
            ? html`<form @submit=${(e: SubmitEvent) => this.send(e, 'finding')} aria-label=${t('recordFinding')}>
              <label>${t('findingLabel')}
                <select name="finding">${FINDINGS.map((f) => html`<option value=${f}>${t.label(FINDING_LABELS[f], f)}</option>`)}</select>
              </label>
              <label>${t('findingReasons')} <textarea name="reasons" required maxlength="2000"></textarea></label>
              <p><button class="primary" ?disabled=${this.busy}>${t('recordFinding')}</button></p>
            </form>`
            : nothing
        }
        ${
          c.repliedAt && !c.voided
            ? html`<form @submit=${(e: SubmitEvent) => this.send(e, 'satisfaction')} aria-label=${t('recordSatisfaction')}>
              <label>${t('satisfactionTitle')}
                <select name="level">${(['satisfied', 'fairly-satisfied', 'dissatisfied'] as const).map((l) => html`<option value=${l}>${this.levelName(l)}</option>`)}</select>
              </label>
              <label>${t('satisfactionVia')}
                <select name="via"><option value="phone">${t('viaPhone')}</option><option value="keyed">${t('viaKeyed')}</option></select>
              </label>
              <label>${t('satisfactionNote')} <input name="note" maxlength="1000" /></label>
              <label class="inline"><input type="checkbox" name="reopen" value="1" /> ${t('reopen')}</label>
              <p><button ?disabled=${this.busy}>${t('recordSatisfaction')}</button></p>
            </form>`
            : nothing
        }
        ${
          c.staffId && c.finding && !c.voided && !c.warningTalk
            ? html`<form @submit=${(e: SubmitEvent) => this.send(e, 'warning-talk')} aria-label=${t('recordTalk')}>
              <label>${t('talkHeldAt')} <input type="datetime-local" name="heldAt" required /></label>
              <label>${t('talkHeldBy')} <input name="heldBy" maxlength="50" /></label>
              <label>${t('talkNotes')} <textarea name="notes" required maxlength="2000"></textarea></label>
              <p><button ?disabled=${this.busy}>${t('recordTalk')}</button></p>
            </form>`
            : nothing
        }
        ${this.appealForms(c)}
        ${
          c.voided
            ? nothing
            : html`<form @submit=${(e: SubmitEvent) => this.send(e, 'void')} aria-label=${t('voidTitle')}>
              <label>${t('voidReason')} <input name="reason" required maxlength="1000" /></label>
              <p><button ?disabled=${this.busy}>${t('voidTitle')}</button></p>
            </form>`
        }
      </div>`;
  }

  private appealLine(a: NonNullable<Complaint['appeal']>) {
    const t = this.t;
    const decision = a.decision === null ? t('appealPending') : t(a.decision === 'upheld' ? 'decisionUpheld' : 'decisionOverturned');
    return html`<p>${t('appealLine', { by: a.by, at: t.dateTime(a.at), note: a.note })} · <strong>${decision}</strong>${a.decisionNote ? ` — ${a.decisionNote}` : ''}</p>`;
  }

  /** Appealing a finding that costs points (once), and the supervisor's decision while one waits. */
  private appealForms(c: Complaint) {
    const t = this.t;
    const costsPoints = c.finding?.code === 'substantiated' || c.finding?.code === 'partly';
    if (c.voided || !c.staffId || !costsPoints) return nothing;
    if (!c.appeal) {
      return html`<form @submit=${(e: SubmitEvent) => this.send(e, 'appeal')} aria-label=${t('appealTitle')}>
        <label>${t('appealNote')} <textarea name="note" required maxlength="2000"></textarea></label>
        <p><button ?disabled=${this.busy}>${t('fileAppeal')}</button></p>
      </form>`;
    }
    if (c.appeal.decision !== null) return nothing;
    return html`<form @submit=${(e: SubmitEvent) => this.send(e, 'appeal-decision')} aria-label=${t('decideTitle')}>
      <label>${t('decideTitle')}
        <select name="decision"><option value="upheld">${t('decisionUpheld')}</option><option value="overturned">${t('decisionOverturned')}</option></select>
      </label>
      <label>${t('decisionNote')} <textarea name="note" required maxlength="2000"></textarea></label>
      <p><button class="primary" ?disabled=${this.busy}>${t('decideAction')}</button></p>
    </form>`;
  }

  private levelName(level: 'satisfied' | 'fairly-satisfied' | 'dissatisfied'): string {
    const key = {
      satisfied: 'satisfactionSatisfied',
      'fairly-satisfied': 'satisfactionFairly',
      dissatisfied: 'satisfactionDissatisfied',
    } as const;
    return this.t(key[level]);
  }
}
