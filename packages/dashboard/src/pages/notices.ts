import { html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { query } from '../api.js';
import { DashboardPage } from '../parts/page.js';
import { NoticeAuditSchema, type NoticeFinding } from '../schemas.js';

/** Applicants who came back for a material their first one-time notice did not list. */
@customElement('manyi-dashboard-notices')
export class NoticesPage extends DashboardPage {
  @state() private findings: NoticeFinding[] = [];

  protected async load(): Promise<void> {
    this.findings = (await this.api.call(NoticeAuditSchema, `notices/audit?${query(this.period)}`)).findings;
    await this.loadCatalogue();
  }

  protected override render() {
    const t = this.t;
    return html`<h2>${t('noticesTitle')}</h2>
      <p class="intro">${t('noticesIntro')}</p>
      ${this.error ? html`<p role="alert">${this.error}</p>` : nothing}
      <section class="card scroll" aria-label=${t('noticesTitle')}>
        <table>
          <thead><tr><th scope="col">${t('noticeNos')}</th><th scope="col">${t('serviceItem')}</th><th scope="col">${t('material')}</th><th scope="col">${t('firstAt')}</th><th scope="col">${t('laterAt')}</th></tr></thead>
          <tbody>
            ${
              this.findings.length
                ? this.findings.map(
                    (f) => html`<tr>
                    <th scope="row">${f.noticeNos.map((no, i) => html`${i ? ' → ' : ''}<span class="nowrap">${no}</span>`)}</th>
                    <td>${this.nameIn('serviceItems', f.serviceItemId)}</td>
                    <td><span class="badge bad">${f.material}</span></td>
                    <td>${t.dateTime(f.firstAt)}</td>
                    <td>${t.dateTime(f.laterAt)}</td>
                  </tr>`,
                  )
                : html`<tr><td colspan="5">${this.busy ? t('loading') : t('noFindings')}</td></tr>`
            }
          </tbody>
        </table>
      </section>`;
  }
}
