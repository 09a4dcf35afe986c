import { LEVEL_LABELS, NATIONAL_LEVELS } from '@manyi/core';
import { html, LitElement } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { WeekdayHourCounts } from '../charts/heatmap-counts.js';
import type { Messages } from '../i18n/messages.js';
import { pageStyles } from '../parts/styles.js';
import type { GroupFigures } from '../schemas.js';

type NameOf = (key: string | null) => string;

/** The table behind the per-level chart: one row per group, the station's total in the footer. */
@customElement('manyi-dashboard-level-table')
export class LevelTable extends LitElement {
  static override styles = [pageStyles];
  @property({ attribute: false }) t!: Messages;
  @property({ attribute: false }) groups: GroupFigures[] = [];
  @property({ attribute: false }) overall: GroupFigures | undefined;
  @property({ attribute: false }) nameOf: NameOf = (key) => key ?? '';

  private row(name: string, g: GroupFigures) {
    return html`<tr>
      <th scope="row">${name}</th>
      ${NATIONAL_LEVELS.map((l) => html`<td class="num">${g.levels[l]}</td>`)}
      <td class="num">${g.total}</td>
      <td class="num">${this.t.percent(g.goodReviewRate)}</td>
      <td class="num">${g.badReviewCount}</td>
    </tr>`;
  }

  protected override render() {
    const t = this.t;
    return html`<div class="scroll"><table>
      <thead><tr>
        <th scope="col">${t('name')}</th>
        ${NATIONAL_LEVELS.map((l) => html`<th scope="col" class="num">${t.label(LEVEL_LABELS[l])}</th>`)}
        <th scope="col" class="num">${t('total')}</th><th scope="col" class="num">${t('goodReviewRate')}</th><th scope="col" class="num">${t('badReviews')}</th>
      </tr></thead>
      <tbody>${this.groups.length ? this.groups.map((g) => this.row(this.nameOf(g.key), g)) : html`<tr><td colspan="9">${t('noData')}</td></tr>`}</tbody>
      ${this.overall ? html`<tfoot>${this.row(t('total'), this.overall)}</tfoot>` : ''}
    </table></div>`;
  }
}

/** Ratings and good-review rate per day. */
@customElement('manyi-dashboard-trend-table')
export class TrendTable extends LitElement {
  static override styles = [pageStyles];
  @property({ attribute: false }) t!: Messages;
  @property({ attribute: false }) days: GroupFigures[] = [];

  protected override render() {
    const t = this.t;
    return html`<div class="scroll"><table>
      <thead><tr><th scope="col">${t('day')}</th><th scope="col" class="num">${t('total')}</th><th scope="col" class="num">${t('goodReviewRate')}</th><th scope="col" class="num">${t('badReviews')}</th></tr></thead>
      <tbody>${
        this.days.length
          ? this.days.map(
              (d) =>
                html`<tr><th scope="row">${d.key}</th><td class="num">${d.total}</td><td class="num">${t.percent(d.goodReviewRate)}</td><td class="num">${d.badReviewCount}</td></tr>`,
            )
          : html`<tr><td colspan="4">${t('noData')}</td></tr>`
      }</tbody>
    </table></div>`;
  }
}

/** Ratings per weekday (rows) and hour (columns), hours without any rating left out. */
@customElement('manyi-dashboard-heatmap-table')
export class HeatmapTable extends LitElement {
  static override styles = [pageStyles];
  @property({ attribute: false }) t!: Messages;
  @property({ attribute: false }) counts: WeekdayHourCounts = [];

  protected override render() {
    const t = this.t;
    const hours = Array.from({ length: 24 }, (_, h) => h).filter((h) => this.counts.some((day) => (day[h] ?? 0) > 0));
    if (hours.length === 0) return html`<p class="status">${t('noData')}</p>`;
    return html`<div class="scroll"><table>
      <thead><tr><td></td>${hours.map((h) => html`<th scope="col" class="num">${t('heatmapHour', { hour: h })}</th>`)}</tr></thead>
      <tbody>${this.counts.map((day, i) => html`<tr><th scope="row">${t(`weekday${i + 1}` as 'weekday1')}</th>${hours.map((h) => html`<td class="num">${day[h] ?? 0}</td>`)}</tr>`)}</tbody>
    </table></div>`;
  }
}

/** Groups by good-review rate, best first; groups nobody rated come last. */
@customElement('manyi-dashboard-ranking')
export class Ranking extends LitElement {
  static override styles = [pageStyles];
  @property({ attribute: false }) t!: Messages;
  @property({ attribute: false }) groups: GroupFigures[] = [];
  @property({ attribute: false }) nameOf: NameOf = (key) => key ?? '';

  protected override render() {
    const t = this.t;
    const ranked = [...this.groups].sort((a, b) => (b.goodReviewRate ?? -1) - (a.goodReviewRate ?? -1) || b.total - a.total);
    return html`<div class="scroll"><table>
      <thead><tr><th scope="col" class="num">${t('rank')}</th><th scope="col">${t('name')}</th><th scope="col" class="num">${t('goodReviewRate')}</th><th scope="col" class="num">${t('total')}</th><th scope="col" class="num">${t('badReviews')}</th></tr></thead>
      <tbody>${
        ranked.length
          ? ranked.map(
              (g, i) =>
                html`<tr><td class="num">${i + 1}</td><th scope="row">${this.nameOf(g.key)}</th><td class="num">${t.percent(g.goodReviewRate)}</td><td class="num">${g.total}</td><td class="num">${g.badReviewCount}</td></tr>`,
            )
          : html`<tr><td colspan="5">${t('noData')}</td></tr>`
      }</tbody>
    </table></div>`;
  }
}
