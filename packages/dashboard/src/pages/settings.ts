import { type StationPatch, StationSchema } from '@manyi/core';
import { html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { DashboardPage } from '../parts/page.js';

const SCALES = [5, 4, 3] as const;
const PIN = /^\d{4,8}$/;

/** Seconds as typed, in milliseconds; undefined when the field is empty or not a whole, non-negative number. */
function millis(value: FormDataEntryValue | null): number | undefined {
  const seconds = Number(String(value ?? '').trim());
  return String(value ?? '').trim() !== '' && Number.isFinite(seconds) && seconds >= 0 ? Math.round(seconds * 1000) : undefined;
}

/**
 * 站点设置: the station's name, the kiosk's scale and timings, the misuse cooldown and a new kiosk
 * PIN. Only what changed is sent, so a manager may save the rest without touching the cooldown,
 * which is a supervisor's. Kiosks take the settings on their next config refresh.
 */
@customElement('manyi-dashboard-settings')
export class SettingsPage extends DashboardPage {
  @state() private message = '';

  protected async load(): Promise<void> {
    await this.loadCatalogue();
  }

  private patchFrom(form: HTMLFormElement): StationPatch | string {
    const t = this.t;
    const data = new FormData(form);
    const station = this.catalogue;
    if (!station) return t('noData');
    const patch: StationPatch = {};
    const name = String(data.get('name') ?? '').trim();
    if (name && name !== station.name) patch.name = name;
    const scale = Number(data.get('scale')) as StationPatch['scale'];
    if (scale !== station.scale) patch.scale = scale;
    for (const key of ['thankYouMs', 'idleResetMs', 'cooldownMs'] as const) {
      const value = millis(data.get(key));
      if (value === undefined) return t('secondsInvalid');
      if (value !== station[key]) patch[key] = value;
    }
    const pin = String(data.get('kioskPin') ?? '').trim();
    if (pin && !PIN.test(pin)) return t('pinInvalid');
    if (pin) patch.kioskPin = pin;
    return Object.keys(patch).length > 0 ? patch : t('nothingChanged');
  }

  private async save(event: Event): Promise<void> {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const patch = this.patchFrom(form);
    this.message = '';
    if (typeof patch === 'string') {
      this.error = patch;
      return;
    }
    const done = await this.run(async () => {
      await this.api.call(StationSchema, `stations/${encodeURIComponent(this.station)}`, { method: 'PATCH', body: patch });
      await this.loadCatalogue();
    });
    if (done) {
      const pin = form.querySelector<HTMLInputElement>('[name=kioskPin]');
      if (pin) pin.value = ''; // a PIN is never shown again once set
      this.message = this.t('settingsSaved');
    }
  }

  protected override render() {
    const t = this.t;
    const s = this.catalogue;
    const seconds = (ms: number | undefined) => (ms === undefined ? '' : String(ms / 1000));
    return html`<h2>${t('settingsTitle')}</h2>
      <p class="intro">${t('settingsIntro')}</p>
      ${this.error ? html`<p role="alert">${this.error}</p>` : nothing}
      ${this.message ? html`<p role="status">${this.message}</p>` : nothing}
      ${
        s
          ? html`<form class="card" aria-label=${t('settingsTitle')} @submit=${this.save}>
            <label>${t('stationName')} <input name="name" .value=${s.name} maxlength="100" required /></label>
            <label>${t('ratingScale')}
              <select name="scale">${SCALES.map((n) => html`<option value=${n} ?selected=${s.scale === n}>${t('scaleOf', { n })}</option>`)}</select>
            </label>
            <label>${t('thankYouSeconds')} <input name="thankYouMs" type="number" min="0" step="0.5" .value=${seconds(s.thankYouMs)} /></label>
            <label>${t('idleResetSeconds')} <input name="idleResetMs" type="number" min="0" step="1" .value=${seconds(s.idleResetMs)} /></label>
            <label>${t('cooldownSeconds')} <input name="cooldownMs" type="number" min="0" step="1" .value=${seconds(s.cooldownMs)} /></label>
            <label>${t('newKioskPin')}
              <input name="kioskPin" type="password" inputmode="numeric" autocomplete="new-password" pattern="\\d{4,8}" aria-describedby="pin-hint" />
            </label>
            <p id="pin-hint" class="status">${t('pinHint')}</p>
            <div class="actions"><button class="primary" ?disabled=${this.busy}>${t('saveSettings')}</button></div>
          </form>`
          : html`<p class="status">${this.busy ? t('loading') : t('noData')}</p>`
      }`;
  }
}
