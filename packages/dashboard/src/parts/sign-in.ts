import { html, LitElement, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { LoginAnswerSchema, type Me, MeSchema, ProvidersSchema } from '../account-schemas.js';
import { type AdminApi, ApiFailure, adminToken } from '../api.js';
import type { Messages } from '../i18n/messages.js';
import { pageStyles } from './styles.js';

/** The collector asks for a one-time code (TOTP) before it signs these accounts in. */
const OTP_CODES = new Set(['otp-required', 'otp-invalid']);

/**
 * Signing in to the dashboard: a named account's username and password (and a one-time code when
 * the account has a second factor), a single sign-on button when the collector offers one, and the
 * admin token for setup and emergencies. Announces `manyi-signed-in` with who signed in; the
 * account's session is an HttpOnly cookie, the token stays in this tab's sessionStorage.
 *
 * @event manyi-signed-in - `detail`: the signed-in person (`GET /api/v1/auth/me`).
 */
@customElement('manyi-dashboard-sign-in')
export class SignIn extends LitElement {
  static override styles = [pageStyles];

  @property({ attribute: false }) api!: AdminApi;
  @property({ attribute: false }) t!: Messages;
  /** Why the person is asked to sign in again (a session that ended), shown above the form. */
  @property() reason = '';

  @state() private error = '';
  @state() private askOtp = false;
  @state() private busy = false;
  @state() private oidcLabel: string | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    // No provider configured (404) or none announced: no button.
    void this.api
      .auth(ProvidersSchema, 'providers')
      .then((p) => {
        this.oidcLabel = p.oidc?.label;
      })
      .catch(() => undefined);
  }

  private async signIn(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const data = Object.fromEntries(new FormData(event.target as HTMLFormElement)) as Record<string, string>;
    const username = data.username?.trim() ?? '';
    const password = data.password ?? '';
    if (!username || !password) {
      this.error = this.t('signInEmpty');
      return;
    }
    const otp = data.otp?.trim();
    await this.attempt(async () => {
      adminToken.clear();
      await this.api.auth(LoginAnswerSchema, 'login', {
        method: 'POST',
        body: { username, password, ...(this.askOtp && otp ? { otp } : {}) },
      });
    });
  }

  private async signInWithToken(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const field = (event.target as HTMLFormElement).elements.namedItem('token') as HTMLInputElement;
    const token = field.value.trim();
    if (!token) {
      this.error = this.t('tokenEmpty');
      field.focus();
      return;
    }
    await this.attempt(async () => {
      adminToken.set(token);
      field.value = '';
    });
  }

  /** Signs in, then asks who that is; an error code the collector gives becomes a sentence. */
  private async attempt(signIn: () => Promise<void>): Promise<void> {
    this.busy = true;
    this.error = '';
    try {
      await signIn();
      const me: Me = await this.api.auth(MeSchema, 'me');
      this.dispatchEvent(new CustomEvent<Me>('manyi-signed-in', { detail: me, bubbles: true, composed: true }));
    } catch (error) {
      if (error instanceof ApiFailure && OTP_CODES.has(error.code)) this.askOtp = true;
      if (error instanceof ApiFailure && error.code === 'unauthorized') adminToken.clear();
      this.error = (error as Error).message;
    } finally {
      this.busy = false;
    }
  }

  protected override render() {
    const t = this.t;
    const message = this.error || this.reason;
    return html`<div class="card">
      <h1>${t('appTitle')}</h1>
      <form @submit=${this.signIn} novalidate>
        <h2>${t('signInTitle')}</h2>
        <label>${t('signInUsername')} <input name="username" autocomplete="username" required /></label>
        <label>${t('signInPassword')} <input name="password" type="password" autocomplete="current-password" required /></label>
        ${
          this.askOtp
            ? html`<label
                  >${t('signInOtp')}
                  <input name="otp" inputmode="numeric" autocomplete="one-time-code" aria-describedby="otp-hint" required
                /></label>
                <p id="otp-hint" class="status">${t('signInOtpHint')}</p>`
            : nothing
        }
        ${message ? html`<p role="alert">${message}</p>` : nothing}
        <div class="actions">
          <button class="primary" ?disabled=${this.busy}>${t('signIn')}</button>
          ${this.oidcLabel ? html`<a class="button" href="/api/v1/auth/oidc/start">${t('signInOidc', { label: this.oidcLabel })}</a>` : nothing}
          <slot></slot>
        </div>
      </form>
      <form @submit=${this.signInWithToken} novalidate>
        <h3>${t('signInWithToken')}</h3>
        <label
          >${t('tokenLabel')}
          <input name="token" type="password" autocomplete="off" aria-describedby="token-hint" />
        </label>
        <p id="token-hint" class="status">${t('tokenHint')}</p>
        <div class="actions"><button ?disabled=${this.busy}>${t('signInToken')}</button></div>
      </form>
    </div>`;
  }
}
