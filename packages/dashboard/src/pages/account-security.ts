import { TotpEnrolmentSchema, TotpStatusSchema } from '@manyi/collector/schemas';
import { html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import * as z from 'zod/mini';
import { ApiFailure } from '../api.js';
import { DashboardPage } from '../parts/page.js';
import { qrCode } from '../parts/qr-code.js';

/**
 * The API client resolves paths under /api/v1/admin/; a person's own second factor lives beside
 * it, under /api/v1/auth/ (the browser resolves the `..`).
 */
const TOTP_PATH = '../auth/totp';
/** Removal answers 204, read as an empty object. */
const NoContent = z.object({});

/** 账户安全: your own second factor (TOTP): enrol with a QR code and a first code, or remove it with a current code. */
@customElement('manyi-dashboard-account-security')
export class AccountSecurityPage extends DashboardPage {
  @state() private status: z.infer<typeof TotpStatusSchema> | undefined;
  @state() private enrolment: z.infer<typeof TotpEnrolmentSchema> | undefined;
  @state() private notice = '';

  protected async load(): Promise<void> {
    try {
      this.status = await this.api.call(TotpStatusSchema, TOTP_PATH);
    } catch (error) {
      this.status = undefined;
      // The admin token has no account, and only admins and supervisors may enrol: say so plainly.
      if (error instanceof ApiFailure && error.code === 'no-account') throw new Error(this.t('securityNeedsAccount'));
      if (error instanceof ApiFailure && error.status === 403) throw new Error(this.t('securityNotForRole'));
      throw error;
    }
  }

  private async enrol(): Promise<void> {
    this.notice = '';
    await this.run(async () => {
      this.enrolment = await this.api.call(TotpEnrolmentSchema, TOTP_PATH, { method: 'POST' });
    });
  }

  /** Confirms a pending enrolment, or removes the second factor, with the code typed in the form. */
  private async submitCode(event: SubmitEvent, action: 'confirm' | 'disable'): Promise<void> {
    event.preventDefault();
    const field = (event.target as HTMLFormElement).elements.namedItem('code') as HTMLInputElement;
    const done = await this.run(async () => {
      try {
        const body = { code: field.value.trim() };
        await this.api.call(action === 'confirm' ? TotpStatusSchema : NoContent, `${TOTP_PATH}/${action}`, { method: 'POST', body });
      } catch (error) {
        if (error instanceof ApiFailure && error.code === 'otp-invalid') throw new Error(this.t('securityCodeWrong'));
        throw error;
      }
      await this.load();
    });
    if (!done) return field.focus();
    field.value = '';
    this.enrolment = undefined;
    this.notice = this.t(action === 'confirm' ? 'securityEnabledNow' : 'securityDisabledNow');
  }

  private codeForm(action: 'confirm' | 'disable') {
    const t = this.t;
    return html`<form class="actions" @submit=${(e: SubmitEvent) => this.submitCode(e, action)}>
      <label
        >${t('securityCode')}
        <input name="code" inputmode="numeric" autocomplete="one-time-code" pattern="[0-9]{6}" maxlength="6" size="8" required />
      </label>
      <button class=${action === 'confirm' ? 'primary' : 'danger'} ?disabled=${this.busy}>
        ${t(action === 'confirm' ? 'securityConfirm' : 'securityDisable')}
      </button>
    </form>`;
  }

  protected override render() {
    const t = this.t;
    const status = this.status;
    const e = this.enrolment;
    return html`<h2>${t('securityTitle')}</h2>
      ${this.error ? html`<p role="alert">${this.error}</p>` : nothing}
      ${this.notice ? html`<p role="status">${this.notice}</p>` : nothing}
      <section class="card" aria-labelledby="totp-title">
        <h3 id="totp-title">${t('securityTotp')}</h3>
        <p class="status">${t('securityIntro')}</p>
        ${!status ? nothing : status.enabled ? html`<p><span class="badge good">${t('securityOn')}</span></p>` : html`<p>${t('securityOff')}</p>`}
        ${status && !status.enabled && !e ? html`<button class="primary" ?disabled=${this.busy} @click=${this.enrol}>${t('securityEnrol')}</button>` : nothing}
        ${
          e
            ? html`<p>${t('securityScan')}</p>
              <div class="actions">
                ${qrCode(e.otpauthUri, t('securityQrLabel'))}
                <p>${t('securitySecret')}: <strong class="code" data-secret>${e.secret.replace(/(.{4})(?=.)/g, '$1 ')}</strong></p>
              </div>
              ${this.codeForm('confirm')}`
            : nothing
        }
        ${status?.enabled ? html`<p class="status">${t('securityDisableHint')}</p>${this.codeForm('disable')}` : nothing}
      </section>`;
  }
}
