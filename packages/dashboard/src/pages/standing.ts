import { HandlingSettingsSchema } from '@manyi/collector/schemas';
import { html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import type * as z from 'zod/mini';
import { DashboardPage } from '../parts/page.js';
import { type Standing, StandingSchema } from '../schemas.js';

/** The station's standing (群众满意基层站所) for the period's month: the rule with this station's thresholds, the verdict, its reasons and figures. */
@customElement('manyi-dashboard-standing')
export class StandingPage extends DashboardPage {
  @state() private standing: Standing | undefined;
  @state() private settings: z.infer<typeof HandlingSettingsSchema> | undefined;

  protected async load(): Promise<void> {
    const month = (this.to || new Date().toISOString()).slice(0, 7);
    const station = encodeURIComponent(this.station);
    [this.standing, this.settings] = await Promise.all([
      this.api.call(StandingSchema, `stations/${station}/standing?month=${month}`),
      this.api.call(HandlingSettingsSchema, `stations/${station}/handling-settings`),
    ]);
  }

  protected override render() {
    const t = this.t;
    const s = this.standing;
    const rules = this.settings?.standingThresholds;
    return html`<h2>${t('navStanding')}${s ? ` · ${s.month}` : ''}</h2>
      ${this.error ? html`<p role="alert">${this.error}</p>` : nothing}
      ${
        rules
          ? html`<section class="card"><p>${t('standingIntro', {
              minGood: t.percent(rules.minGoodReviewRate),
              minReply: t.percent(rules.minReplyRate),
              maxOverdue: rules.maxOverdueCases,
            })}</p></section>`
          : nothing
      }
      ${
        s
          ? html`<section class="card" aria-labelledby="standing-title">
              <h3 id="standing-title">${t('standingTitle')}</h3>
              <p><span class="badge ${s.standing === 'kept' ? 'good' : 'bad'}">${t(s.standing === 'kept' ? 'standingKept' : 'standingLost')}</span></p>
              ${s.reasons.length ? html`<ul>${s.reasons.map((r) => html`<li>${r}</li>`)}</ul>` : nothing}
              <h4>${t('standingFigures')}</h4>
              <dl>${Object.entries(s.figures).map(([name, value]) => html`<dt>${name}</dt><dd>${value === null ? '—' : value <= 1 ? t.percent(value) : value}</dd>`)}</dl>
            </section>`
          : nothing
      }`;
  }
}
