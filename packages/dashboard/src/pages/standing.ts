import { html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { DashboardPage } from '../parts/page.js';
import { type StaffPoints, StaffPointsSchema, type Standing, StandingSchema } from '../schemas.js';

/** The staff points ledger for the period's year and the station's standing for its month. */
@customElement('manyi-dashboard-standing')
export class StandingPanel extends DashboardPage {
  @state() private points: StaffPoints | undefined;
  @state() private standing: Standing | undefined;

  protected async load(): Promise<void> {
    const day = this.to || new Date().toISOString().slice(0, 10);
    const station = encodeURIComponent(this.station);
    [this.points, this.standing] = await Promise.all([
      this.api.call(StaffPointsSchema, `stations/${station}/staff-points?year=${day.slice(0, 4)}`),
      this.api.call(StandingSchema, `stations/${station}/standing?month=${day.slice(0, 7)}`),
    ]);
  }

  protected override render() {
    const t = this.t;
    const s = this.standing;
    return html`<div class="grid">
      <section class="card" aria-labelledby="standing-title">
        <h3 id="standing-title">${t('standingTitle')}${s ? html` · ${s.month}` : nothing}</h3>
        ${this.error ? html`<p role="alert">${this.error}</p>` : nothing}
        ${
          s
            ? html`<p><span class="badge ${s.standing === 'kept' ? 'good' : 'bad'}">${t(s.standing === 'kept' ? 'standingKept' : 'standingLost')}</span></p>
              ${s.reasons.length ? html`<ul>${s.reasons.map((r) => html`<li>${r}</li>`)}</ul>` : nothing}`
            : nothing
        }
      </section>
      <section class="card scroll" aria-labelledby="points-title">
        <h3 id="points-title">${t('staffPointsTitle')}${this.points ? ` · ${this.points.year}` : ''}</h3>
        ${
          this.points
            ? html`<table>
              <thead><tr><th scope="col">${t('staff')}</th><th scope="col" class="num">${t('points')}</th><th scope="col">${t('deductions')}</th></tr></thead>
              <tbody>${this.points.staff.map(
                (p) => html`<tr>
                  <th scope="row">${p.name ?? p.staffId}</th>
                  <td class="num"><span class="badge ${p.points < 12 ? 'bad' : 'good'}">${p.points}</span></td>
                  <td>${p.deductions.map((d) => `${d.trackingNo} (−${d.points})`).join('、') || '—'}</td>
                </tr>`,
              )}</tbody>
            </table>`
            : nothing
        }
      </section>
    </div>`;
  }
}
