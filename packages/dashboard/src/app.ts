import type { Station } from '@manyi/core';
import { html, LitElement, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import * as z from 'zod/mini';
import { type Me, MeSchema } from './account-schemas.js';
import { AdminApi, adminToken } from './api.js';
import { shellStyles } from './app.styles.js';
import { type Messages, messagesFor } from './i18n/messages.js';
import { pageStyles } from './parts/styles.js';
import { mayOpen, ROLE_LABEL } from './permissions.js';
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
import './pages/late.js';
import './pages/audit.js';
import './pages/users.js';
import './pages/account-security.js';
import './parts/sign-in.js';
import './parts/password-change.js';
import './pages/staff-points.js';
import './pages/standing.js';
import './pages/settings.js';
import './pages/hall.js';
import './pages/clerk-console.js';

const LOCALE_KEY = 'manyi-dashboard-locale';
const STATION_KEY = 'manyi-dashboard-station';

/** A calendar day in hall time (China Standard Time), `days` from today. */
function hallDay(days: number): string {
  return new Date(Date.now() + 8 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * The dashboard's shell: sign-in (parts/sign-in.ts), who is signed in, the navigation their
 * role has use for (permissions.ts), and the station and period every page reads; a manager or
 * clerk stays on their own station.
 */
@customElement('manyi-dashboard')
export class ManyiDashboard extends LitElement {
  static override styles = [pageStyles, shellStyles];

  /** Who is signed in; undefined until `GET /api/v1/auth/me` answers, or once signed out. */
  @state() private me: Me | undefined;
  /** Still asking whether a cookie or a token signs someone in. */
  @state() private checking = true;
  @state() private signInReason = '';
  /** The change-password form is open (always, while the account must change it). */
  @state() private changingPassword = false;
  @state() private route: RoutePath = routeFromHash(location.hash);
  @state() private locale = localStorage.getItem(LOCALE_KEY) ?? document.documentElement.lang ?? 'zh-CN';
  @state() private station = localStorage.getItem(STATION_KEY) ?? 'demo';
  @state() private from = hallDay(-29);
  @state() private to = hallDay(0);

  private t: Messages = messagesFor(this.locale);
  private readonly api = new AdminApi(
    () => this.t,
    () => this.signedOut(this.t('error:session-ended')),
    () => this.whoAmI(),
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
    void this.whoAmI().finally(() => {
      this.checking = false;
    });
  }

  /** Asks the collector who the cookie or the token stands for. */
  private async whoAmI(): Promise<void> {
    const me = await this.api.auth(MeSchema, 'me').catch(() => undefined);
    if (me) this.signedIn(me);
    else this.me = undefined;
  }

  private signedIn(me: Me): void {
    this.me = me;
    this.signInReason = '';
    this.changingPassword = me.mustChangePassword === true;
    if (me.stationId) this.chooseStation(me.stationId);
    if (!this.changingPassword) void this.loadStations();
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
    // A station chosen before (by someone else in this browser) may lie outside this person's region.
    const first = this.stations[0];
    if (first && !this.stations.some((s) => s.id === this.station)) this.chooseStation(first.id);
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

  /** Ends the session (the cookie's, on the collector) or forgets the token. */
  private async signOut(): Promise<void> {
    if (this.me && !adminToken.get()) await this.api.auth(z.unknown(), 'logout', { method: 'POST' }).catch(() => undefined);
    this.signedOut('');
  }

  private signedOut(reason: string): void {
    adminToken.clear();
    this.signInReason = reason;
    this.me = undefined;
    this.stations = [];
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
    if (this.checking) return html`<main class="sign-in" id="main"><p class="status">${t('loading')}</p></main>`;
    const me = this.me;
    if (!me) {
      return html`<main class="sign-in" id="main">
        <manyi-dashboard-sign-in .api=${this.api} .t=${t} reason=${this.signInReason} @manyi-signed-in=${(e: CustomEvent<Me>) => this.signedIn(e.detail)}
          >${this.languagePicker()}</manyi-dashboard-sign-in
        >
      </main>`;
    }
    if (this.changingPassword) {
      return html`<main class="sign-in" id="main">
        <manyi-dashboard-password
          .api=${this.api}
          .t=${t}
          ?forced=${me.mustChangePassword === true}
          @manyi-password-changed=${() => this.whoAmI()}
          @manyi-password-cancelled=${() => {
            this.changingPassword = false;
          }}
        ></manyi-dashboard-password>
      </main>`;
    }
    const route = mayOpen(me.role, this.route) ? this.route : 'overview';
    const ownStation = me.stationId !== undefined;
    const page = { api: this.api, t, station: this.station, from: this.from, to: this.to, role: me.role };
    return html`<a class="skip" href="#main" @click=${this.skip}>${t('skipToContent')}</a>
      <header>
        <h1>${t('appTitle')}</h1>
        <label
          >${t('station')}
          <input name="station" list="station-list" .value=${this.station} ?readonly=${ownStation} @change=${this.choose} size="10"
        /></label>
        <datalist id="station-list">${this.stations.map((s) => html`<option value=${s.id}>${s.name}</option>`)}</datalist>
        <label>${t('from')} <input name="from" type="date" .value=${this.from} @change=${this.choose} /></label>
        <label>${t('to')} <input name="to" type="date" .value=${this.to} @change=${this.choose} /></label>
        ${this.languagePicker()}
        <p class="who" data-username=${me.username}>${t('signedInAs', { name: me.displayName ?? me.username, role: t(ROLE_LABEL[me.role]) })}</p>
        ${
          adminToken.get()
            ? nothing
            : html`<button type="button" @click=${() => {
                this.changingPassword = true;
              }}>${t('changePassword')}</button>`
        }
        <button type="button" @click=${() => this.signOut()}>${t('signOut')}</button>
      </header>
      <nav aria-label=${t('navLabel')}>
        <ul>
          ${ROUTES.filter((r) => mayOpen(me.role, r.path)).map(
            (r) => html`<li><a href="#/${r.path}" aria-current=${route === r.path ? 'page' : 'false'}>${t(r.label)}</a></li>`,
          )}
        </ul>
      </nav>
      <main id="main" tabindex="-1">${this.page(route, page)}</main>`;
  }

  /** The skip link targets an id inside the shadow root, which the browser cannot follow by itself. */
  private skip(event: Event): void {
    event.preventDefault();
    this.renderRoot.querySelector<HTMLElement>('#main')?.focus();
  }

  private page(route: RoutePath, p: { api: AdminApi; t: Messages; station: string; from: string; to: string; role: Me['role'] }) {
    switch (route) {
      case 'overview':
        return html`<manyi-dashboard-overview .api=${p.api} .t=${p.t} .signedInRole=${p.role} station=${p.station} from=${p.from} to=${p.to}></manyi-dashboard-overview>`;
      case 'ledger':
        return html`<manyi-dashboard-ledger .api=${p.api} .t=${p.t} .signedInRole=${p.role} station=${p.station} from=${p.from} to=${p.to}></manyi-dashboard-ledger>`;
      case 'complaints':
        return html`<manyi-dashboard-complaints .api=${p.api} .t=${p.t} station=${p.station} from=${p.from} to=${p.to} .signedInRole=${p.role}></manyi-dashboard-complaints>`;
      case 'catalogue':
        return html`<manyi-dashboard-catalogue .api=${p.api} .t=${p.t} .signedInRole=${p.role} station=${p.station}></manyi-dashboard-catalogue>`;
      case 'notices':
        return html`<manyi-dashboard-notices .api=${p.api} .t=${p.t} .signedInRole=${p.role} station=${p.station} from=${p.from} to=${p.to}></manyi-dashboard-notices>`;
      case 'devices':
        return html`<manyi-dashboard-devices .api=${p.api} .t=${p.t} .signedInRole=${p.role} station=${p.station}></manyi-dashboard-devices>`;
      case 'regions':
        return html`<manyi-dashboard-regions .api=${p.api} .t=${p.t} .signedInRole=${p.role} station=${p.station} from=${p.from} to=${p.to}></manyi-dashboard-regions>`;
      case 'misuse':
        return html`<manyi-dashboard-misuse .api=${p.api} .t=${p.t} .signedInRole=${p.role} station=${p.station} from=${p.from} to=${p.to}></manyi-dashboard-misuse>`;
      case 'audit':
        return html`<manyi-dashboard-audit .api=${p.api} .t=${p.t} .signedInRole=${p.role} station=${p.station} from=${p.from} to=${p.to}></manyi-dashboard-audit>`;
      case 'late':
        return html`<manyi-dashboard-late .api=${p.api} .t=${p.t} station=${p.station}></manyi-dashboard-late>`;
      case 'users':
        return html`<manyi-dashboard-users .api=${p.api} .t=${p.t} station=${p.station} .signedInRole=${p.role}></manyi-dashboard-users>`;
      case 'security':
        return html`<manyi-dashboard-account-security .api=${p.api} .t=${p.t} station=${p.station}></manyi-dashboard-account-security>`;
      case 'staff-points':
        return html`<manyi-dashboard-staff-points .api=${p.api} .t=${p.t} station=${p.station} from=${p.from} to=${p.to}></manyi-dashboard-staff-points>`;
      case 'standing':
        return html`<manyi-dashboard-standing .api=${p.api} .t=${p.t} station=${p.station} from=${p.from} to=${p.to}></manyi-dashboard-standing>`;
      case 'settings':
        return html`<manyi-dashboard-settings .api=${p.api} .t=${p.t} station=${p.station}></manyi-dashboard-settings>`;
      case 'hall':
        return html`<manyi-dashboard-hall .api=${p.api} .t=${p.t} station=${p.station}></manyi-dashboard-hall>`;
      case 'console':
        return html`<manyi-dashboard-clerk-console .api=${p.api} .t=${p.t} station=${p.station}></manyi-dashboard-clerk-console>`;
    }
  }
}
