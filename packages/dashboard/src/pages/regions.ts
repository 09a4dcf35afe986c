import type { Region, Station } from '@manyi/core';
import { html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { query } from '../api.js';
import { DashboardPage } from '../parts/page.js';
import { labelledRegions } from '../parts/region-labels.js';
import { may } from '../permissions.js';
import { RegionListSchema, StationListSchema, type StatsAnswer, StatsAnswerSchema } from '../schemas.js';
import './overview-tables.js';
import './complaint-figures.js';
import './region-editor.js';

/**
 * A supervisor's view of a region (county, city, province): its figures for the period over every
 * station within it, the stations ranked by good-review rate, and a way into any one of them.
 */
@customElement('manyi-dashboard-regions')
export class RegionsPage extends DashboardPage {
  @state() private regions: Region[] = [];
  @state() private stations: Station[] = [];
  /** The region shown; at first the chosen station's, else the first region at the top. */
  @state() private region = '';
  @state() private figures: StatsAnswer | undefined;

  protected async load(): Promise<void> {
    const [regions, stations] = await Promise.all([
      this.api.call(RegionListSchema, 'regions'),
      this.api.call(StationListSchema, 'stations'),
    ]);
    this.regions = regions.items;
    this.stations = stations.items;
    if (!this.regions.some((r) => r.id === this.region)) {
      const own = this.stations.find((s) => s.id === this.station)?.regionId;
      this.region = own ?? this.regions.find((r) => r.parentId === undefined)?.id ?? '';
    }
    this.figures = this.region
      ? await this.api.call(StatsAnswerSchema, `stats?${query({ region: this.region, from: this.from, to: this.to, by: 'station' })}`)
      : undefined;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener('manyi-regions-changed', this.onChanged);
  }

  override disconnectedCallback(): void {
    this.removeEventListener('manyi-regions-changed', this.onChanged);
    super.disconnectedCallback();
  }

  /** The editor changed a region or placed the station: read the tree and the figures again. */
  private readonly onChanged = () => void this.reload();

  private choose(event: Event): void {
    this.region = (event.target as HTMLSelectElement).value;
    void this.reload();
  }

  /** Hands the station to the shell, which makes it the chosen station and opens its overview. */
  private open(stationId: string): void {
    this.dispatchEvent(new CustomEvent('manyi-station-chosen', { detail: { stationId }, bubbles: true, composed: true }));
  }

  private stationName = (id: string | null): string => this.stations.find((s) => s.id === id)?.name ?? id ?? this.t('unspecified');

  protected override render() {
    const t = this.t;
    const f = this.figures;
    const counted = new Set(f?.stations ?? []);
    const within = this.stations.filter((s) => counted.has(s.id));
    const kpis: [string, string][] = f
      ? [
          [t('regionStations'), String(f.stations.length)],
          [t('total'), String(f.overall.total)],
          [t('goodReviewRate'), t.percent(f.overall.goodReviewRate)],
          [t('badReviews'), String(f.overall.badReviewCount)],
        ]
      : [];
    return html`<h2>${t('regionsTitle')}</h2>
      ${this.error ? html`<p role="alert">${this.error}</p>` : nothing}
      ${
        this.regions.length
          ? html`<form class="filters" aria-label=${t('filters')} @submit=${(e: Event) => e.preventDefault()}>
              <label
                >${t('region')}
                <select name="region" @change=${this.choose}>
                  ${labelledRegions(this.regions, t.locale).map(
                    ({ region: r, label }) =>
                      html`<option value=${r.id} ?selected=${r.id === this.region}>${label}${r.code ? ` (${r.code})` : ''}</option>`,
                  )}
                </select>
              </label>
              ${this.busy ? html`<span class="status" role="status">${t('loading')}</span>` : nothing}
            </form>`
          : html`<p>${this.busy ? t('loading') : t('regionsNone')}</p>`
      }
      ${kpis.length ? html`<dl class="kpis">${kpis.map(([name, value]) => html`<div class="kpi"><dt>${name}</dt><dd>${value}</dd></div>`)}</dl>` : nothing}
      ${
        f
          ? html`<div class="grid">
              <section class="card" aria-labelledby="region-ranking-title">
                <h3 id="region-ranking-title">${t('regionRankingTitle')}</h3>
                <manyi-dashboard-ranking .t=${t} .groups=${f.groups} .nameOf=${this.stationName}></manyi-dashboard-ranking>
              </section>
              <section class="card" aria-labelledby="region-stations-title">
                <h3 id="region-stations-title">${t('regionStationsTitle')}</h3>
                ${
                  within.length
                    ? html`<ul>
                        ${within.map(
                          (s) =>
                            html`<li>
                              ${s.name}
                              <button type="button" @click=${() => this.open(s.id)} aria-label=${t('openStationNamed', { name: s.name })}>
                                ${t('openStation')}
                              </button>
                            </li>`,
                        )}
                      </ul>`
                    : html`<p>${t('regionNoStations')}</p>`
                }
              </section>
            </div>
            <manyi-dashboard-complaint-figures .api=${this.api} .t=${t} station=${this.station} region=${this.region} from=${this.from} to=${this.to}></manyi-dashboard-complaint-figures>`
          : nothing
      }
      ${
        may(this.signedInRole, 'shapeRegions')
          ? html`<manyi-dashboard-region-editor
              .api=${this.api}
              .t=${t}
              .regions=${this.regions}
              region=${this.region}
              station=${this.station}
              .stationRegion=${this.stations.find((s) => s.id === this.station)?.regionId}
            ></manyi-dashboard-region-editor>`
          : nothing
      }`;
  }
}
