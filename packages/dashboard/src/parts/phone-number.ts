import { html, LitElement, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { ComplaintContactSchema } from '../account-schemas.js';
import type { AdminApi } from '../api.js';
import type { Messages } from '../i18n/messages.js';
import { pageStyles } from './styles.js';

/**
 * A complaint's phone number as the collector gives it, masked (138****0017), with a "显示号码"
 * action for those allowed: the whole number is one audited read, asked for on purpose.
 */
@customElement('manyi-phone-number')
export class PhoneNumber extends LitElement {
  static override styles = [pageStyles];

  @property({ attribute: false }) api!: AdminApi;
  @property({ attribute: false }) t!: Messages;
  @property() trackingNo = '';
  @property() masked = '';
  /** Whether the signed-in role may see whole numbers. */
  @property({ type: Boolean }) allowed = false;

  @state() private whole: string | undefined;
  @state() private error = '';

  protected override willUpdate(changed: Map<string, unknown>): void {
    if (changed.has('trackingNo')) this.whole = undefined;
  }

  private async show(): Promise<void> {
    this.error = '';
    try {
      const answer = await this.api.call(ComplaintContactSchema, `complaints/${encodeURIComponent(this.trackingNo)}/contact`);
      this.whole = answer.contact?.phone ?? this.masked;
    } catch (error) {
      this.error = (error as Error).message;
    }
  }

  protected override render() {
    const t = this.t;
    if (this.whole !== undefined) return html`<span data-phone>${this.whole}</span>`;
    return html`<span data-phone>${this.masked}</span>
      ${
        this.allowed
          ? html`<button type="button" class="link" title=${t('phoneShownAudited')} @click=${this.show}>${t('showPhone')}</button>`
          : nothing
      }
      ${this.error ? html`<span role="alert">${this.error}</span>` : nothing}`;
  }
}
