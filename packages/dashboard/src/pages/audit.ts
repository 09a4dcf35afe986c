import { html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import type { Role } from '../account-schemas.js';
import { query } from '../api.js';
import { DashboardPage } from '../parts/page.js';
import { ROLE_LABEL } from '../permissions.js';
import { type AuditEntry, AuditListSchema } from '../schemas.js';

/** A settings change as one line, `field: before → after`, for the fields that changed. */
function changeOf(entry: AuditEntry): string {
  const before = (entry.before ?? {}) as Record<string, unknown>;
  const after = (entry.after ?? {}) as Record<string, unknown>;
  const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  return fields
    .filter((f) => JSON.stringify(before[f]) !== JSON.stringify(after[f]))
    .map((f) => `${f}: ${JSON.stringify(before[f] ?? null)} → ${JSON.stringify(after[f] ?? null)}`)
    .join('; ');
}

/** The audit trail of the chosen station and period: who changed what and who read personal data. */
@customElement('manyi-dashboard-audit')
export class AuditPage extends DashboardPage {
  @state() private entries: AuditEntry[] = [];
  @state() private nextCursor: string | undefined;
  @state() private actor = '';
  @state() private action = '';
  @state() private exportUrl = '';

  private get filter() {
    return { ...this.period, actor: this.actor.trim(), action: this.action.trim() };
  }

  protected async load(): Promise<void> {
    const answer = await this.api.call(AuditListSchema, `audit?${query(this.filter)}`);
    this.entries = answer.items;
    this.nextCursor = answer.nextCursor;
  }

  private async more(): Promise<void> {
    const cursor = this.nextCursor;
    if (!cursor) return;
    await this.run(async () => {
      const answer = await this.api.call(AuditListSchema, `audit?${query({ ...this.filter, cursor })}`);
      this.entries = [...this.entries, ...answer.items];
      this.nextCursor = answer.nextCursor;
    });
  }

  private applyFilter(event: SubmitEvent): void {
    event.preventDefault();
    const form = new FormData(event.target as HTMLFormElement);
    this.actor = String(form.get('actor') ?? '');
    this.action = String(form.get('action') ?? '');
    void this.reload();
  }

  private async exportCsv(): Promise<void> {
    await this.run(async () => {
      const blob = await this.api.file(`audit.csv?${query(this.filter)}`);
      URL.revokeObjectURL(this.exportUrl);
      this.exportUrl = URL.createObjectURL(blob);
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLAnchorElement>('a[download]')?.click();
    });
  }

  protected override render() {
    const t = this.t;
    return html`<h2>${t('auditTitle')}</h2>
      <p class="intro">${t('auditIntro')}</p>
      <form class="filters" aria-label=${t('filters')} @submit=${this.applyFilter}>
        <label>${t('auditActor')} <input name="actor" .value=${this.actor} autocomplete="off" /></label>
        <label>${t('auditAction')} <input name="action" .value=${this.action} autocomplete="off" /></label>
        <button type="submit">${t('auditFilter')}</button>
        <button type="button" @click=${this.exportCsv}>${t('exportCsv')}</button>
        <a download="manyi-audit.csv" href=${this.exportUrl || nothing} hidden tabindex="-1">${t('exportCsv')}</a>
        ${this.busy ? html`<span class="status" role="status">${t('loading')}</span>` : nothing}
      </form>
      ${this.error ? html`<p role="alert">${this.error}</p>` : nothing}
      <section class="card scroll" aria-label=${t('auditTitle')}>
        <table>
          <thead>
            <tr>
              <th scope="col">${t('createdAt')}</th><th scope="col">${t('auditActor')}</th><th scope="col">${t('auditAction')}</th>
              <th scope="col">${t('auditTarget')}</th><th scope="col">${t('auditOutcome')}</th><th scope="col">${t('auditChange')}</th>
              <th scope="col">${t('auditAddress')}</th>
            </tr>
          </thead>
          <tbody>
            ${
              this.entries.length
                ? this.entries.map(
                    (e) => html`<tr>
                      <th scope="row">${t.dateTime(e.at)}</th>
                      <td>${e.actor} <span class="badge">${e.role in ROLE_LABEL ? t(ROLE_LABEL[e.role as Role]) : e.role}</span></td>
                      <td>${e.action}</td>
                      <td>${e.target ?? '—'}</td>
                      <td><span class="badge ${e.outcome < 400 ? 'good' : ''}">${e.outcome}</span></td>
                      <td>${changeOf(e) || '—'}</td>
                      <td>${e.address ?? '—'}</td>
                    </tr>`,
                  )
                : html`<tr><td colspan="7">${this.busy ? t('loading') : t('noAudit')}</td></tr>`
            }
          </tbody>
        </table>
      </section>
      ${this.nextCursor ? html`<button type="button" ?disabled=${this.busy} @click=${this.more}>${t('auditMore')}</button>` : nothing}`;
  }
}
