import type { Station } from '@manyi/core';
import { css, html, LitElement, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { AdminApi, adminToken } from './api.js';
import { type Messages, messagesFor } from './i18n/messages.js';
import { pageStyles } from './parts/styles.js';
import { ROUTES, type RoutePath, routeFromHash } from './routes.js';
import { StationListSchema } from './schemas.js';
import './pages/overview.js';
import './pages/regions.js';
import './pages/ledger.js';
import './pages/complaints.js';
import './pages/catalogue.js';
import './pages/notices.js';
import './pages/devices.js';
import './pages/misuse.js';
import './pages/audit.js';
import './pages/clerk-console.js';

const LOCALE_KEY = 'manyi-dashboard-locale';
const STATION_KEY = 'manyi-dashboard-station';

/** A calendar day in hall time (China Standard Time), `days` from today. */
function hallDay(days: number): string {
  return new Date(Date.now() + 8 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * The dashboard's shell: sign-in with the admin token, the navigation, and the station and
 * period every page reads.
 */
@customElement('manyi-dashboard')
export class ManyiDashboard extends LitElement {
  static override styles = [
    pageStyles,
    css`
      :host {
        display: grid;
        grid-template-columns: 14rem 1fr;
        grid-template-rows: auto 1fr;
        min-height: 100vh;
      }
      .skip {
        position: absolute;
        inset-inline-start: 1rem;
        top: -3rem;
        background: var(--dash-surface);
        padding: 0.5rem 1rem;
        z-index: 2;
      }
      .skip:focus {
        top: 0.5rem;
      }
      header {
        grid-column: 1 / -1;
        display: flex;
        flex-wrap: wrap;
        gap: 0.75rem 1.25rem;
        align-items: end;
        padding: 0.75rem 1.25rem;
        background: var(--dash-surface);
        border-bottom: 1px solid var(--dash-border);
      }
      header h1 {
        font-size: 1.25rem;
        margin: 0 auto 0.4rem 0;
      }
      nav {
        background: var(--dash-nav);
        padding: 1rem 0.75rem;
      }
      nav ul {
        list-style: none;
        margin: 0;
        padding: 0;
        display: grid;
        gap: 0.25rem;
      }
      nav a {
        display: block;
        color: var(--dash-nav-text);
        text-decoration: none;
        padding: 0.6rem 0.9rem;
        border-radius: 8px;
      }
      nav a[aria-current='page'] {
        background: var(--dash-nav-active);
        color: #ffffff;
        font-weight: 600;
      }
      nav a:hover {
        background: rgb(255 255 255 / 0.08);
      }
      main {
        padding: 1.25rem 1.5rem 3rem;
        min-width: 0;
      }
      .sign-in {
        grid-column: 1 / -1;
        max-width: 28rem;
        margin: 3rem auto;
      }
      .sign-in form {
        display: grid;
        gap: 1rem;
      }
      @media (max-width: 900px) {
        :host {
          grid-template-columns: 1fr;
          grid-template-rows: auto auto 1fr;
        }
        nav ul {
          display: flex;
          flex-wrap: wrap;
        }
      }
    `,
  ];

  @state() private signedIn = adminToken.get() !== null;
  @state() private signInError = '';
  @state() private route: RoutePath = routeFromHash(location.hash);
  @state() private locale = localStorage.getItem(LOCALE_KEY) ?? document.documentElement.lang ?? 'zh-CN';
  @state() private station = localStorage.getItem(STATION_KEY) ?? 'demo';
  @state() private from = hallDay(-29);
  @state() private to = hallDay(0);

  private t: Messages = messagesFor(this.locale);
  private readonly api = new AdminApi(
    () => this.t,
    () => this.signOut(this.t('tokenRejected')),
  );
  private readonly onHash = () => {
    this.route = routeFromHash(location.hash);
  };
  /** Every station, for the station field's suggestions; empty until signed in (or if the list fails). */
  @state() private stations: Station[] = [];

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hashchange', this.onHash);
    this.addEventListener('manyi-station-chosen', this.onStationChosen);
    if (this.signedIn) void this.loadStations();
  }

  /** A page (the regions page) opened one station: it becomes the chosen one, on its overview. */
  private readonly onStationChosen = (event: Event) => {
    this.chooseStation((event as CustomEvent<{ stationId: string }>).detail.stationId);
    location.hash = '#/overview';
  };

  private chooseStation(stationId: string): void {
    this.station = stationId;
    localStorage.setItem(STATION_KEY, stationId);
  }

  private async loadStations(): Promise<void> {
    this.stations = (await this.api.call(StationListSchema, 'stations').catch(() => undefined))?.items ?? [];
  }

  override disconnectedCallback(): void {
    window.removeEventListener('hashchange', this.onHash);
    super.disconnectedCallback();
  }

  protected override willUpdate(): void {
    this.t = messagesFor(this.locale);
    document.documentElement.lang = this.t.locale;
    document.title = this.t('appTitle');
  }

  private signOut(message = ''): void {
    adminToken.clear();
    this.signInError = message;
    this.signedIn = false;
  }

  private signIn(event: SubmitEvent): void {
    event.preventDefault();
    const field = (event.target as HTMLFormElement).elements.namedItem('token') as HTMLInputElement;
    const token = field.value.trim();
    if (!token) {
      this.signInError = this.t('tokenEmpty');
      field.focus();
      return;
    }
    adminToken.set(token);
    field.value = '';
    this.signInError = '';
    this.signedIn = true;
    void this.loadStations();
  }

  private choose(event: Event): void {
    const field = event.target as HTMLInputElement | HTMLSelectElement;
    if (field.name === 'locale') {
      this.locale = field.value;
      localStorage.setItem(LOCALE_KEY, this.locale);
    }
    if (field.name === 'station' && field.value.trim()) this.chooseStation(field.value.trim());
    if (field.name === 'from') this.from = field.value;
    if (field.name === 'to') this.to = field.value;
  }

  private languagePicker() {
    return html`<label
      >${this.t('language')}
      <select name="locale" @change=${this.choose}>
        ${[
          ['zh-CN', '简体中文'],
          ['zh-TW', '繁體中文'],
          ['en', 'English'],
        ].map(([tag, name]) => html`<option value=${tag ?? ''} ?selected=${this.t.locale === tag} lang=${tag ?? ''}>${name}</option>`)}
      </select></label
    >`;
  }

  protected override render() {
    const t = this.t;
    if (!this.signedIn) {
      return html`<main class="sign-in" id="main">
        <div class="card">
          <h1>${t('appTitle')}</h1>
          <form @submit=${this.signIn} novalidate>
            <h2>${t('signInTitle')}</h2>
            <label
              >${t('tokenLabel')}
              <input name="token" type="password" autocomplete="current-password" aria-describedby="token-hint" required />
            </label>
            <p id="token-hint" class="status">${t('tokenHint')}</p>
            ${this.signInError ? html`<p role="alert">${this.signInError}</p>` : nothing}
            <div class="actions"><button class="primary">${t('signIn')}</button> ${this.languagePicker()}</div>
          </form>
        </div>
      </main>`;
    }
    const page = { api: this.api, t, station: this.station, from: this.from, to: this.to };
    return html`<a class="skip" href="#main" @click=${this.skip}>${t('skipToContent')}</a>
      <header>
        <h1>${t('appTitle')}</h1>
        <label>${t('station')} <input name="station" list="station-list" .value=${this.station} @change=${this.choose} size="10" /></label>
        <datalist id="station-list">${this.stations.map((s) => html`<option value=${s.id}>${s.name}</option>`)}</datalist>
        <label>${t('from')} <input name="from" type="date" .value=${this.from} @change=${this.choose} /></label>
        <label>${t('to')} <input name="to" type="date" .value=${this.to} @change=${this.choose} /></label>
        ${this.languagePicker()}
        <button type="button" @click=${() => this.signOut()}>${t('signOut')}</button>
      </header>
      <nav aria-label=${t('navLabel')}>
        <ul>
          ${ROUTES.map(
            (r) => html`<li><a href="#/${r.path}" aria-current=${this.route === r.path ? 'page' : 'false'}>${t(r.label)}</a></li>`,
          )}
        </ul>
      </nav>
      <main id="main" tabindex="-1">${this.page(page)}</main>`;
  }

  /** The skip link targets an id inside the shadow root, which the browser cannot follow by itself. */
  private skip(event: Event): void {
    event.preventDefault();
    this.renderRoot.querySelector<HTMLElement>('#main')?.focus();
  }

  private page(p: { api: AdminApi; t: Messages; station: string; from: string; to: string }) {
    switch (this.route) {
      case 'overview':
        return html`<manyi-dashboard-overview .api=${p.api} .t=${p.t} station=${p.station} from=${p.from} to=${p.to}></manyi-dashboard-overview>`;
      case 'ledger':
        return html`<manyi-dashboard-ledger .api=${p.api} .t=${p.t} station=${p.station} from=${p.from} to=${p.to}></manyi-dashboard-ledger>`;
      case 'complaints':
        return html`<manyi-dashboard-complaints .api=${p.api} .t=${p.t} station=${p.station} from=${p.from} to=${p.to}></manyi-dashboard-complaints>`;
      case 'catalogue':
        return html`<manyi-dashboard-catalogue .api=${p.api} .t=${p.t} station=${p.station}></manyi-dashboard-catalogue>`;
      case 'notices':
        return html`<manyi-dashboard-notices .api=${p.api} .t=${p.t} station=${p.station} from=${p.from} to=${p.to}></manyi-dashboard-notices>`;
      case 'devices':
        return html`<manyi-dashboard-devices .api=${p.api} .t=${p.t} station=${p.station}></manyi-dashboard-devices>`;
      case 'regions':
        return html`<manyi-dashboard-regions .api=${p.api} .t=${p.t} station=${p.station} from=${p.from} to=${p.to}></manyi-dashboard-regions>`;
      case 'misuse':
        return html`<manyi-dashboard-misuse .api=${p.api} .t=${p.t} station=${p.station} from=${p.from} to=${p.to}></manyi-dashboard-misuse>`;
      case 'audit':
        return html`<manyi-dashboard-audit .api=${p.api} .t=${p.t} station=${p.station} from=${p.from} to=${p.to}></manyi-dashboard-audit>`;
      case 'console':
        return html`<manyi-dashboard-clerk-console .api=${p.api} .t=${p.t} station=${p.station}></manyi-dashboard-clerk-console>`;
    }
  }
}
