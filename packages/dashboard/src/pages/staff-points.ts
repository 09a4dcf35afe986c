import { FINDING_LABELS } from '@manyi/collector/schemas';
import { html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { DashboardPage } from '../parts/page.js';
import { type StaffPoints, StaffPointsSchema } from '../schemas.js';

/** A CSV cell: quoted, with a leading formula character defused for spreadsheets. */
const cell = (v: string | number) =>
  `"${String(v)
    .replace(/^([=+\-@])/, "'$1")
    .replaceAll('"', '""')}"`;

/**
 * Staff points for the period's year: the rule explained with the station's own setting, every
 * staff member's balance, the complaints pending a finding, and each deduction with its warning
 * talk; the year exports as CSV for the performance bonus (绩效).
 */
@customElement('manyi-dashboard-staff-points')
export class StaffPointsPage extends DashboardPage {
  @state() private points: StaffPoints | undefined;

  protected async load(): Promise<void> {
    const year = (this.to || new Date().toISOString()).slice(0, 4);
    this.points = await this.api.call(StaffPointsSchema, `stations/${encodeURIComponent(this.station)}/staff-points?year=${year}`);
  }

  private exportYear(p: StaffPoints): void {
    const rows = [['staffId', 'name', 'year', 'points', 'deducted', 'pending', 'deductions'].map(cell).join(',')];
    for (const s of p.staff) {
      const deducted = s.deductions.reduce((sum, d) => sum + d.deducted, 0);
      const list = s.deductions.map((d) => `${d.trackingNo} −${d.deducted}`).join('; ');
      rows.push([s.staffId, s.name, p.year, s.points, deducted, s.pending, list].map(cell).join(','));
    }
    const link = document.createElement('a');
    link.href = URL.createObjectURL(new Blob([`\ufeff${rows.join('\r\n')}\r\n`], { type: 'text/csv' }));
    link.download = `staff-points-${this.station}-${p.year}.csv`;
    link.click();
    URL.revokeObjectURL(link.href);
  }

  protected override render() {
    const t = this.t;
    const p = this.points;
    return html`<h2>${t('navStaffPoints')}${p ? ` · ${p.year}` : ''}</h2>
      ${this.error ? html`<p role="alert">${this.error}</p>` : nothing}
      ${
        p
          ? html`<section class="card">
              <p>${t('pointsIntro', {
                allowance: p.rules.allowance,
                deduction: p.rules.deduction,
                partly: t(p.rules.partlySubstantiatedDeducts ? 'pointsPartlyYes' : 'pointsPartlyNo'),
              })}</p>
              <p><button @click=${() => this.exportYear(p)}>${t('pointsExport')}</button></p>
            </section>
            <section class="card scroll" aria-label=${t('navStaffPoints')}>
              <table>
                <thead><tr><th scope="col">${t('staff')}</th><th scope="col" class="num">${t('points')}</th><th scope="col" class="num">${t('pointsPending')}</th><th scope="col">${t('deductions')}</th></tr></thead>
                <tbody>${p.staff.map(
                  (s) => html`<tr>
                    <th scope="row">${s.name}</th>
                    <td class="num"><span class="badge ${s.points < p.rules.allowance ? 'bad' : 'good'}">${s.points}</span></td>
                    <td class="num">${s.pending}</td>
                    <td>${
                      s.deductions.length
                        ? html`<ul>${s.deductions.map(
                            (d) => html`<li>${d.trackingNo} · ${t.label(FINDING_LABELS[d.finding], d.finding)} · −${d.deducted} ·
                              ${d.talk ? `${t('talkTitle')}: ${t('talkHeld', { by: d.talk.heldBy, at: t.dateTime(d.talk.heldAt) })}` : html`<span class="badge bad">${t('talkPending')}</span>`}</li>`,
                          )}</ul>`
                        : '—'
                    }</td>
                  </tr>`,
                )}</tbody>
              </table>
            </section>`
          : html`<p>${this.busy ? t('loading') : t('noData')}</p>`
      }`;
  }
}
