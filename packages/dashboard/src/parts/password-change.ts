import { html, LitElement, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { LoginAnswerSchema } from '../account-schemas.js';
import type { AdminApi } from '../api.js';
import type { Messages } from '../i18n/messages.js';
import { pageStyles } from './styles.js';

/**
 * Changing one's own password: asked for by the person, or required after an admin's reset
 * (`forced`: nothing else opens until it is done). The collector ends every session of the account
 * and starts a new one in the cookie.
 *
 * @event manyi-password-changed - the password was changed.
 * @event manyi-password-cancelled - the person closed the form (never when `forced`).
 */
@customElement('manyi-dashboard-password')
export class PasswordChange extends LitElement {
  static override styles = [pageStyles];

  @property({ attribute: false }) api!: AdminApi;
  @property({ attribute: false }) t!: Messages;
  @property({ type: Boolean }) forced = false;

  @state() private error = '';
  @state() private busy = false;

  private async change(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const data = Object.fromEntries(new FormData(form)) as Record<string, string>;
    if (data.next !== data.repeat) {
      this.error = this.t('passwordMismatch');
      return;
    }
    this.busy = true;
    this.error = '';
    try {
      await this.api.auth(LoginAnswerSchema, 'password', { method: 'POST', body: { current: data.current, next: data.next } });
      form.reset();
      this.dispatchEvent(new Event('manyi-password-changed', { bubbles: true, composed: true }));
    } catch (error) {
      this.error = (error as Error).message;
    } finally {
      this.busy = false;
    }
  }

  protected override render() {
    const t = this.t;
    return html`<form class="card" @submit=${this.change} novalidate>
      <h2>${t('changePassword')}</h2>
      ${this.forced ? html`<p class="status">${t('passwordForced')}</p>` : nothing}
      <label>${t('passwordCurrent')} <input name="current" type="password" autocomplete="current-password" required /></label>
      <label>${t('passwordNext')} <input name="next" type="password" autocomplete="new-password" minlength="10" required /></label>
      <label>${t('passwordRepeat')} <input name="repeat" type="password" autocomplete="new-password" required /></label>
      ${this.error ? html`<p role="alert">${this.error}</p>` : nothing}
      <div class="actions">
        <button class="primary" ?disabled=${this.busy}>${t('save')}</button>
        ${
          this.forced
            ? nothing
            : html`<button type="button" @click=${() => this.dispatchEvent(new Event('manyi-password-cancelled', { bubbles: true, composed: true }))}>
                ${t('cancel')}
              </button>`
        }
      </div>
    </form>`;
  }
}
