import { html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { DashboardPage } from '../parts/page.js';
import { qrCode } from '../parts/qr-code.js';
import { may } from '../permissions.js';
import { type Device, DeviceListSchema, DeviceSchema, EnrollmentCodeSchema } from '../schemas.js';

/** Enrolled tablets with their last contact and backlog; revoke one; enrol a new one by QR code. */
@customElement('manyi-dashboard-devices')
export class DevicesPage extends DashboardPage {
  @state() private devices: Device[] = [];
  @state() private code: { code: string; expiresAt: string } | undefined;
  @state() private confirming: Device | undefined;

  protected async load(): Promise<void> {
    this.devices = (await this.api.call(DeviceListSchema, `stations/${encodeURIComponent(this.station)}/devices`)).items;
    await this.loadCatalogue();
  }

  /** What the hall calls a tablet: its name, else its place in the enrolment order — never its UUID. */
  private nameOf(d: Device): string {
    return d.name ?? this.t('tabletNo', { n: this.devices.indexOf(d) + 1 });
  }

  private async newCode(): Promise<void> {
    await this.run(async () => {
      this.code = await this.api.call(EnrollmentCodeSchema, `stations/${encodeURIComponent(this.station)}/enrollment-codes`, {
        method: 'POST',
      });
    });
  }

  private async revoke(device: Device): Promise<void> {
    const done = await this.run(async () => {
      await this.api.call(DeviceSchema, `devices/${encodeURIComponent(device.id)}/revoke`, { method: 'POST' });
      await this.load();
    });
    if (done) this.confirming = undefined;
  }

  private row(d: Device) {
    const t = this.t;
    const hb = d.lastHeartbeat;
    const name = this.nameOf(d);
    const windowId = hb?.windowId;
    return html`<tr>
      <th scope="row">${name}</th>
      <td class="name">${windowId ? this.nameIn('windows', windowId) : html`<span class="status">${t('windowUnknown')}</span>`}</td>
      <td>${d.revokedAt ? html`<span class="badge bad">${t('revoked')}</span>` : html`<span class="badge good">${t('active')}</span>`}</td>
      <td>${t.dateTime(d.createdAt)}</td>
      <td>${d.lastSeenAt ? t.dateTime(d.lastSeenAt) : t('never')}</td>
      <td>${hb ? t.dateTime(hb.at) : t('never')}</td>
      <td class="num">${hb?.pending ?? '—'}</td>
      <td class="num">${hb ? html`<span class=${hb.quarantined > 0 ? 'badge bad' : ''}>${hb.quarantined}</span>` : '—'}</td>
      <td>${hb ? (hb.persisted ? t('persisted') : html`<span class="badge bad">${t('notPersisted')}</span>`) : '—'}</td>
      <td>${hb?.appVersion ?? '—'}</td>
      <td>
        ${
          d.revokedAt || !may(this.signedInRole, 'manageStation')
            ? nothing
            : this.confirming?.id === d.id
              ? html`<div role="group" aria-label=${t('revoke')} class="actions">
                <span>${t('confirmRevoke', { name })}</span>
                <button class="danger" @click=${() => this.revoke(d)}>${t('revoke')}</button>
                <button @click=${() => (this.confirming = undefined)}>${t('cancel')}</button>
              </div>`
              : html`<button class="danger" aria-label="${t('revoke')} ${name}" @click=${() => (this.confirming = d)}>${t('revoke')}</button>`
        }
      </td>
    </tr>`;
  }

  protected override render() {
    const t = this.t;
    const enrollUrl = this.code ? new URL(`/kiosk/?enroll=${encodeURIComponent(this.code.code)}`, location.origin).href : '';
    return html`<h2>${t('devicesTitle')}</h2>
      ${this.error ? html`<p role="alert">${this.error}</p>` : nothing}
      <section class="card" aria-labelledby="enrol-title">
        <h3 id="enrol-title">${t('newCode')}</h3>
        <p class="status">${t('codeHint')}</p>
        ${may(this.signedInRole, 'manageStation') ? html`<button class="primary" @click=${this.newCode}>${t('newCode')}</button>` : nothing}
        ${
          this.code
            ? html`<div class="actions">
              ${qrCode(enrollUrl, `${t('newCode')}: ${this.code.code}`)}
              <div>
                <p><strong class="code" data-code>${this.code.code}</strong></p>
                <p class="status">${t('codeExpires', { time: t.dateTime(this.code.expiresAt) })}</p>
              </div>
            </div>`
            : nothing
        }
      </section>
      <section class="card scroll" aria-labelledby="devices-title">
        <h3 id="devices-title" class="visually-hidden">${t('devicesTitle')}</h3>
        <table>
          <thead><tr>
            <th scope="col">${t('deviceName')}</th><th scope="col">${t('window')}</th><th scope="col">${t('status')}</th><th scope="col">${t('enrolledAt')}</th>
            <th scope="col">${t('lastSeen')}</th><th scope="col">${t('lastHeartbeat')}</th><th scope="col" class="num">${t('pending')}</th>
            <th scope="col" class="num">${t('quarantined')}</th><th scope="col">${t('storage')}</th><th scope="col">${t('appVersion')}</th>
            <td></td>
          </tr></thead>
          <tbody>${this.devices.length ? this.devices.map((d) => this.row(d)) : html`<tr><td colspan="11">${this.busy ? t('loading') : t('noData')}</td></tr>`}</tbody>
        </table>
      </section>`;
  }
}
