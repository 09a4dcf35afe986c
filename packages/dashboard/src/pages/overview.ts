import { badReviewRate, LEVEL_LABELS, NATIONAL_LEVELS, unitScore } from '@manyi/core';
import { html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { query } from '../api.js';
import '../charts/chart.js';
import { chartColours } from '../charts/chart.js';
import { type WeekdayHourCounts, weekdayHourCounts } from '../charts/heatmap-counts.js';
import { heatmapOption, levelsOption, trendOption } from '../charts/options.js';
import { DashboardPage } from '../parts/page.js';
import {
  type CaseSummary,
  CaseSummarySchema,
  type GroupFigures,
  type Standing,
  StandingSchema,
  StationCatalogueSchema,
  type StatsAnswer,
  StatsAnswerSchema,
} from '../schemas.js';
import './overview-tables.js';

type GroupBy = 'window' | 'staff' | 'serviceItem';

/** Figures per station, window, staff member and service item: levels, rates, score, trend, heatmap, ranking. */
@customElement('manyi-dashboard-overview')
export class OverviewPage extends DashboardPage {
  @state() private by: GroupBy = 'window';
  @state() private grouped: StatsAnswer | undefined;
  @state() private daily: StatsAnswer | undefined;
  @state() private heatmap: WeekdayHourCounts | undefined;
  @state() private handling: CaseSummary | undefined;
  /** The period judged by the station's own standing thresholds: the grade shown, never fixed bands. */
  @state() private standing: Standing | undefined;
  @state() private exportUrl = '';

  protected async load(): Promise<void> {
    const period = query(this.period);
    const [grouped, daily, catalogue] = await Promise.all([
      this.api.call(StatsAnswerSchema, `stats?${query({ ...this.period, by: this.by })}`),
      this.api.call(StatsAnswerSchema, `stats?${query({ ...this.period, by: 'day' })}`),
      this.api.call(StationCatalogueSchema, `stations/${encodeURIComponent(this.station)}`),
    ]);
    Object.assign(this, { grouped, daily, catalogue });
    // Secondary figures: a collector without them still shows the rest.
    this.handling = await this.api.call(CaseSummarySchema, `cases/summary?${period}`).catch(() => undefined);
    this.standing = await this.api
      .call(StandingSchema, `stations/${encodeURIComponent(this.station)}/standing?${query({ from: this.from, to: this.to })}`)
      .catch(() => undefined);
    this.heatmap = weekdayHourCounts(await (await this.api.file(`export.csv?${period}`)).text());
  }

  private groupName(key: string | null): string {
    if (key === null) return this.t('unspecified');
    return this.nameIn(this.by === 'window' ? 'windows' : this.by === 'staff' ? 'staff' : 'serviceItems', key);
  }

  private async exportCsv(): Promise<void> {
    await this.run(async () => {
      const blob = await this.api.file(`export.csv?${query(this.period)}`);
      URL.revokeObjectURL(this.exportUrl);
      this.exportUrl = URL.createObjectURL(blob);
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLAnchorElement>('a[download]')?.click();
    });
  }

  private groupBy(event: Event): void {
    this.by = (event.target as HTMLSelectElement).value as GroupBy;
    void this.reload();
  }

  private kpis(overall: GroupFigures) {
    const t = this.t;
    const score = unitScore(overall.levels);
    const h = this.handling;
    const s = this.standing;
    const items: [string, string, 'word'?][] = [
      [t('total'), String(overall.total)],
      [t('goodReviewRate'), t.percent(overall.goodReviewRate)],
      [t('badReviewRate'), t.percent(badReviewRate(overall.levels))],
      [t('unitScore'), score === null ? '—' : score.toFixed(1)],
      [t('standingGrade'), s ? t(s.standing === 'kept' ? 'standingMet' : 'standingMissed') : '—', 'word'],
      // One reply rate on screen: the standing's, judged over the same bad reviews as the ledger's.
      [t('replyRate'), t.percent(s ? s.figures.replyRate : h?.replyRate)],
      [t('rectificationRate'), t.percent(h?.rectificationRate)],
      [t('rectificationSatisfaction'), t.percent(h?.satisfactionWithRectification)],
    ];
    return html`<dl class="kpis">
        ${items.map(([name, value, kind]) => html`<div class="kpi"><dt>${name}</dt><dd class=${kind ?? ''}>${value}</dd></div>`)}
      </dl>
      <p class="status">${t('rateRules')}</p>
      ${s?.reasons.length ? html`<ul class="standing-reasons" aria-label=${t('standingGrade')}>${s.reasons.map((r) => html`<li>${r}</li>`)}</ul>` : nothing}`;
  }

  protected override render() {
    const t = this.t;
    const colours = chartColours(this);
    const levelNames = NATIONAL_LEVELS.map((l) => t.label(LEVEL_LABELS[l]));
    return html`<h2>${t('overviewTitle')}</h2>
      <form class="filters" aria-label=${t('filters')} @submit=${(e: Event) => e.preventDefault()}>
        <label
          >${t('groupBy')}
          <select @change=${this.groupBy}>
            ${(['window', 'staff', 'serviceItem'] as const).map(
              (by) =>
                html`<option value=${by} ?selected=${this.by === by}>
                  ${t(by === 'window' ? 'byWindow' : by === 'staff' ? 'byStaff' : 'byServiceItem')}
                </option>`,
            )}
          </select>
        </label>
        <button type="button" @click=${this.exportCsv}>${t('exportCsv')}</button>
        <a download="manyi-${this.station}-ratings.csv" href=${this.exportUrl || nothing} hidden tabindex="-1">${t('exportCsv')}</a>
        ${this.busy ? html`<span class="status" role="status">${t('loading')}</span>` : nothing}
      </form>
      ${this.error ? html`<p role="alert">${this.error}</p>` : nothing}
      ${this.grouped ? this.kpis(this.grouped.overall) : nothing}
      <div class="grid">
        <section class="card" aria-labelledby="levels-title">
          <h3 id="levels-title">${t('perLevel')}</h3>
          ${
            this.grouped
              ? html`<manyi-dashboard-chart
                  .option=${levelsOption(
                    this.grouped.groups.map((g) => ({ name: this.groupName(g.key), levels: g.levels })),
                    levelNames,
                    colours,
                  )}
                ></manyi-dashboard-chart>
                <details>
                  <summary>${t('showAsTable')}</summary>
                  <manyi-dashboard-level-table .t=${t} .groups=${this.grouped.groups} .overall=${this.grouped.overall}
                    .nameOf=${(key: string | null) => this.groupName(key)}></manyi-dashboard-level-table>
                </details>`
              : nothing
          }
        </section>
        <section class="card" aria-labelledby="trend-title">
          <h3 id="trend-title">${t('trendTitle')}</h3>
          ${
            this.daily
              ? html`<manyi-dashboard-chart .option=${trendOption(this.daily.groups, t, colours)}></manyi-dashboard-chart>
                <details>
                  <summary>${t('showAsTable')}</summary>
                  <manyi-dashboard-trend-table .t=${t} .days=${this.daily.groups}></manyi-dashboard-trend-table>
                </details>`
              : nothing
          }
        </section>
        <section class="card" aria-labelledby="heatmap-title">
          <h3 id="heatmap-title">${t('heatmapTitle')}</h3>
          ${
            this.heatmap
              ? html`<manyi-dashboard-chart .option=${heatmapOption(this.heatmap, t, colours)}></manyi-dashboard-chart>
                <details>
                  <summary>${t('showAsTable')}</summary>
                  <manyi-dashboard-heatmap-table .t=${t} .counts=${this.heatmap}></manyi-dashboard-heatmap-table>
                </details>`
              : nothing
          }
        </section>
        <section class="card" aria-labelledby="ranking-title">
          <h3 id="ranking-title">${t('rankingTitle')}</h3>
          ${
            this.grouped
              ? html`<manyi-dashboard-ranking .t=${t} .groups=${this.grouped.groups} .nameOf=${(key: string | null) => this.groupName(key)}></manyi-dashboard-ranking>`
              : nothing
          }
        </section>
      </div>`;
  }
}
