import { LEVEL_LABELS } from '@manyi/core';
import { html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import * as z from 'zod/mini';
import { query } from '../api.js';
import { DashboardPage } from '../parts/page.js';
import { may } from '../permissions.js';
import { MisuseListSchema, type MisuseRecord } from '../schemas.js';

const RestoreAnswer = z.object({ id: z.string() });

/** Taps flagged as misuse: kept, left out of the figures, restorable after a check. */
@customElement('manyi-dashboard-misuse')
export class MisusePage extends DashboardPage {
  @state() private records: MisuseRecord[] = [];

  protected async load(): Promise<void> {
    this.records = (await this.api.call(MisuseListSchema, `misuse?${query(this.period)}`)).records;
    await this.loadCatalogue();
  }

  /** Counts a flagged tap again, or takes that back; the row shows what the collector now keeps. */
  private async toggle(record: MisuseRecord): Promise<void> {
    const restore = record.flag === 'excluded';
    await this.run(async () => {
      await this.api.call(RestoreAnswer, `records/${encodeURIComponent(record.id)}/${restore ? 'restore' : 'exclude'}`, { method: 'POST' });
      const flag = restore ? 'restored' : 'excluded';
      this.records = this.records.map((r) => (r.id === record.id ? { ...r, flag } : r));
    });
  }

  protected override render() {
    const t = this.t;
    return html`<h2>${t('misuseTitle')}</h2>
      <p class="intro">${t('misuseIntro')}</p>
      ${this.error ? html`<p role="alert">${this.error}</p>` : nothing}
      <section class="card scroll" aria-label=${t('misuseTitle')}>
        <table>
          <thead><tr><th scope="col">${t('createdAt')}</th><th scope="col">${t('window')}</th><th scope="col">${t('level')}</th><th scope="col">${t('status')}</th><td></td></tr></thead>
          <tbody>
            ${
              this.records.length
                ? this.records.map((r) => {
                    const restored = r.flag === 'restored';
                    return html`<tr>
                    <th scope="row">${t.dateTime(r.createdAt)}</th>
                    <td>${this.nameIn('windows', r.windowId)}</td>
                    <td>${r.level ? t.label(LEVEL_LABELS[r.level]) : r.kind}</td>
                    <td><span class="badge ${restored ? 'good' : ''}">${restored ? t('restored') : t('excluded')}</span></td>
                    <td>${may(this.signedInRole, 'setRules') ? html`<button ?disabled=${this.busy} @click=${() => this.toggle(r)}>${restored ? t('exclude') : t('restore')}</button>` : nothing}</td>
                  </tr>`;
                  })
                : html`<tr><td colspan="5">${this.busy ? t('loading') : t('noMisuse')}</td></tr>`
            }
          </tbody>
        </table>
      </section>`;
  }
}
