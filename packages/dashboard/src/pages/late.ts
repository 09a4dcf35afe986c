import { LEVEL_LABELS } from '@manyi/core';
import { html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { DashboardPage } from '../parts/page.js';
import { type LateRecord, LateRecordListSchema, LateReviewAnswerSchema } from '../schemas.js';

type Decision = 'accept' | 'exclude';

/**
 * Ratings a tablet sent long after they were made (a published month, or past the station's
 * `lateAfterDays`): counted nowhere until a manager or supervisor accepts one; an acceptance can
 * be taken back. Every late record of the station is listed, whatever the period chosen above:
 * they are late precisely because they fall outside it.
 */
@customElement('manyi-dashboard-late')
export class LatePage extends DashboardPage {
  @state() private records: LateRecord[] = [];

  protected async load(): Promise<void> {
    this.records = (await this.api.call(LateRecordListSchema, `stations/${encodeURIComponent(this.station)}/late-records`)).records;
    await this.loadCatalogue();
  }

  /** The row shows what the collector answered it now keeps. */
  private async decide(record: LateRecord, decision: Decision): Promise<void> {
    await this.run(async () => {
      const path = `stations/${encodeURIComponent(this.station)}/late-records/${encodeURIComponent(record.id)}/${decision}`;
      const { status } = await this.api.call(LateReviewAnswerSchema, path, { method: 'POST' });
      this.records = this.records.map((r) => (r.id === record.id ? { ...r, status } : r));
    });
  }

  private actions(record: LateRecord) {
    const t = this.t;
    const button = (decision: Decision) =>
      html`<button ?disabled=${this.busy} @click=${() => this.decide(record, decision)}>${t(decision === 'accept' ? 'lateAccept' : 'lateExclude')}</button>`;
    return html`${record.status === 'accepted' ? nothing : button('accept')} ${record.status === 'excluded' ? nothing : button('exclude')}`;
  }

  protected override render() {
    const t = this.t;
    const badge = { waiting: ['', 'lateWaiting'], accepted: ['good', 'lateAccepted'], excluded: ['', 'lateExcluded'] } as const;
    return html`<h2>${t('lateTitle')}</h2>
      <p class="intro">${t('lateIntro')}</p>
      ${this.error ? html`<p role="alert">${this.error}</p>` : nothing}
      <section class="card scroll" aria-label=${t('lateTitle')}>
        <table>
          <caption>${t('lateStation', { station: this.station })}</caption>
          <thead><tr>
            <th scope="col">${t('createdAt')}</th><th scope="col">${t('lateReceivedAt')}</th><th scope="col">${t('lateBy')}</th>
            <th scope="col">${t('lateDevice')}</th><th scope="col">${t('window')}</th><th scope="col">${t('level')}</th>
            <th scope="col">${t('status')}</th><td></td>
          </tr></thead>
          <tbody>
            ${
              this.records.length
                ? this.records.map((r) => {
                    const [tone, label] = badge[r.status];
                    return html`<tr>
                      <th scope="row">${t.dateTime(r.createdAt)}</th>
                      <td>${t.dateTime(r.receivedAt)}</td>
                      <td>${t('lateByDays', { days: r.lateByDays })}</td>
                      <td>${r.deviceName ?? r.deviceId ?? '—'}</td>
                      <td>${this.nameIn('windows', r.windowId)}</td>
                      <td>${r.level ? t.label(LEVEL_LABELS[r.level as keyof typeof LEVEL_LABELS]) : r.kind}</td>
                      <td><span class="badge ${tone}">${t(label)}</span></td>
                      <td>${this.actions(r)}</td>
                    </tr>`;
                  })
                : html`<tr><td colspan="8">${this.busy ? t('loading') : t('noLate')}</td></tr>`
            }
          </tbody>
        </table>
      </section>`;
  }
}
