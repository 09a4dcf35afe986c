import { ComplaintFiguresAnswerSchema, INTAKE_CHANNEL_LABELS, type IntakeChannel } from '@manyi/collector/schemas';
import { complaintCategoryLabels } from '@manyi/core';
import { html, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type * as z from 'zod/mini';
import { query } from '../api.js';
import { DashboardPage } from '../parts/page.js';

type Answer = z.infer<typeof ComplaintFiguresAnswerSchema>;
type Row = Answer['byMonth'][number];

/**
 * Complaint figures for the period: 受理, 办结率, 按期办结率, 查实率, 回访满意率, by month, channel and
 * category — for the chosen station, or for a whole region when `region` is set (the regions
 * page ranks its stations already; the API's `byStation` has each one's figures).
 */
@customElement('manyi-dashboard-complaint-figures')
export class ComplaintFiguresPanel extends DashboardPage {
  @property() region = '';
  @state() private figures: Answer | undefined;

  protected async load(): Promise<void> {
    const scope = this.region ? { region: this.region, from: this.from, to: this.to } : this.period;
    this.figures = await this.api.call(ComplaintFiguresAnswerSchema, `complaint-figures?${query(scope)}`);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (changed.has('region') && changed.get('region') !== undefined) void this.reload();
  }

  private table(title: string, rows: readonly Row[], name: (key: string) => string) {
    const t = this.t;
    return html`<section class="card scroll" aria-label=${title}>
      <h4>${title}</h4>
      <table>
        <thead><tr><th scope="col"></th><th scope="col" class="num">${t('figReceived')}</th><th scope="col" class="num">${t('figClosedRate')}</th>
          <th scope="col" class="num">${t('figInTimeRate')}</th><th scope="col" class="num">${t('figSubstantiated')}</th><th scope="col" class="num">${t('figSatisfactionRate')}</th></tr></thead>
        <tbody>${
          rows.length
            ? rows.map(
                (
                  r,
                ) => html`<tr><th scope="row">${name(r.key)}</th><td class="num">${r.received}</td><td class="num">${t.percent(r.closedRate)}</td>
                  <td class="num">${t.percent(r.closedInTimeRate)}</td><td class="num">${r.substantiated}</td><td class="num">${t.percent(r.satisfactionRate)}</td></tr>`,
              )
            : html`<tr><td colspan="6">${t('noData')}</td></tr>`
        }</tbody>
      </table>
    </section>`;
  }

  protected override render() {
    const t = this.t;
    const f = this.figures;
    if (!f) return this.error ? html`<p role="alert">${this.error}</p>` : nothing;
    const total = f.totals;
    const kpis: [string, string][] = [
      [t('figReceived'), String(total.received)],
      [t('figClosedRate'), t.percent(total.closedRate)],
      [t('figInTimeRate'), t.percent(total.closedInTimeRate)],
      [t('figSubstantiatedRate'), t.percent(total.substantiatedRate)],
      [t('figSatisfactionRate'), t.percent(total.satisfactionRate)],
      [t('figConsultations'), String(f.consultations)],
    ];
    const channel = (key: string) => t.label(INTAKE_CHANNEL_LABELS[key as IntakeChannel], key);
    return html`<h3>${t('figuresTitle')}</h3>
      <dl class="kpis">${kpis.map(([name, value]) => html`<div class="kpi"><dt>${name}</dt><dd>${value}</dd></div>`)}</dl>
      <div class="grid">
        ${this.table(t('figByMonth'), f.byMonth, (k) => k)}
        ${this.table(t('figByChannel'), f.byChannel, channel)}
        ${this.table(t('figByCategory'), f.byCategory, (k) => t.label(complaintCategoryLabels(k), k))}
      </div>`;
  }
}
