import { type ServiceWindow, type StaffMember, StaffSchema, WindowSchema } from '@manyi/core';
import { html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import * as z from 'zod/mini';
import { DashboardPage } from '../parts/page.js';

type Kind = 'windows' | 'staff';
const PATH: Readonly<Record<Kind, string>> = { windows: 'windows', staff: 'staff' };
const Deleted = z.unknown();

/** What a form holds, as typed: an entry once it passes its schema. */
type Draft = Record<string, string>;

/**
 * 窗口与人员: the station's windows and staff (with 工号 and window), added, renamed or removed.
 * Kiosks show the change on their next config refresh. An id cannot change (ratings refer to it):
 * to rename an id, remove the entry and add it anew, as the API says.
 */
@customElement('manyi-dashboard-hall')
export class HallPage extends DashboardPage {
  @state() private drafts: Record<Kind, Draft> = { windows: {}, staff: {} };
  @state() private message = '';

  protected async load(): Promise<void> {
    await this.loadCatalogue();
  }

  private edit(kind: Kind, entry: ServiceWindow | StaffMember): void {
    const draft: Draft = Object.fromEntries(Object.entries(entry).map(([k, v]) => [k, String(v ?? '')]));
    this.drafts = { ...this.drafts, [kind]: draft };
    this.message = '';
    this.error = '';
  }

  private type(kind: Kind, event: Event): void {
    const field = event.target as HTMLInputElement | HTMLSelectElement;
    this.drafts = { ...this.drafts, [kind]: { ...this.drafts[kind], [field.name]: field.value } };
  }

  /** The draft as the API takes it: empty optional fields left out. */
  private entry(kind: Kind) {
    const d = this.drafts[kind];
    const trimmed = Object.fromEntries(
      Object.entries(d)
        .map(([k, v]) => [k, v.trim()])
        .filter(([, v]) => v !== ''),
    );
    return (kind === 'windows' ? WindowSchema : StaffSchema).safeParse(trimmed);
  }

  private async save(kind: Kind, event: Event): Promise<void> {
    event.preventDefault();
    const t = this.t;
    const parsed = this.entry(kind);
    this.message = '';
    if (!parsed.success) {
      this.error = t('entryInvalid', { fields: [...new Set(parsed.error.issues.map((i) => String(i.path[0] ?? '')))].join('、') });
      return;
    }
    const schema = kind === 'windows' ? WindowSchema : StaffSchema;
    const done = await this.run(async () => {
      const path = `stations/${encodeURIComponent(this.station)}/${PATH[kind]}/${encodeURIComponent(parsed.data.id)}`;
      await this.api.call(schema, path, { method: 'PUT', body: parsed.data });
      await this.loadCatalogue();
    });
    if (done) {
      this.drafts = { ...this.drafts, [kind]: {} };
      this.message = t('savedForKiosks', { name: parsed.data.name });
    }
  }

  private async removeEntry(kind: Kind, entry: ServiceWindow | StaffMember): Promise<void> {
    const done = await this.run(async () => {
      await this.api.call(Deleted, `stations/${encodeURIComponent(this.station)}/${PATH[kind]}/${encodeURIComponent(entry.id)}`, {
        method: 'DELETE',
      });
      await this.loadCatalogue();
    });
    if (done) this.message = this.t('removed', { name: entry.name });
  }

  private field(kind: Kind, name: string, label: string, hint = '') {
    return html`<label>${label}${hint ? html` <span class="status">${hint}</span>` : nothing}
      <input name=${name} .value=${this.drafts[kind][name] ?? ''} @input=${(e: Event) => this.type(kind, e)} /></label>`;
  }

  private windowsCard(windows: readonly ServiceWindow[]) {
    const t = this.t;
    return html`<section class="card" aria-labelledby="windows-title">
      <h3 id="windows-title">${t('windowsTitle')}</h3>
      <table>
        <thead><tr><th scope="col">${t('window')}</th><th scope="col">${t('entryId')}</th><td></td></tr></thead>
        <tbody>${windows.map(
          (w) => html`<tr><th scope="row">${w.name}</th><td><code>${w.id}</code></td>
            <td class="actions"><button @click=${() => this.edit('windows', w)}>${t('editEntry')} <span class="visually-hidden">${w.name}</span></button>
            <button class="danger" @click=${() => this.removeEntry('windows', w)}>${t('removeEntry')} <span class="visually-hidden">${w.name}</span></button></td></tr>`,
        )}</tbody>
      </table>
      <form aria-label=${t('windowForm')} @submit=${(e: Event) => this.save('windows', e)}>
        ${this.field('windows', 'id', t('entryId'))}
        ${this.field('windows', 'name', t('windowName'))}
        <div class="actions"><button class="primary" ?disabled=${this.busy}>${t('saveEntry')}</button></div>
      </form>
    </section>`;
  }

  private staffCard(staff: readonly StaffMember[], windows: readonly ServiceWindow[]) {
    const t = this.t;
    const draft = this.drafts.staff;
    return html`<section class="card" aria-labelledby="staff-title">
      <h3 id="staff-title">${t('staffTitle')}</h3>
      <table>
        <thead><tr><th scope="col">${t('staff')}</th><th scope="col">${t('staffNumber')}</th><th scope="col">${t('window')}</th><td></td></tr></thead>
        <tbody>${staff.map(
          (
            s,
          ) => html`<tr><th scope="row">${s.name}</th><td>${s.number ?? '—'}</td><td class="name">${this.nameIn('windows', s.windowId)}</td>
            <td class="actions"><button @click=${() => this.edit('staff', s)}>${t('editEntry')} <span class="visually-hidden">${s.name}</span></button>
            <button class="danger" @click=${() => this.removeEntry('staff', s)}>${t('removeEntry')} <span class="visually-hidden">${s.name}</span></button></td></tr>`,
        )}</tbody>
      </table>
      <form aria-label=${t('staffForm')} @submit=${(e: Event) => this.save('staff', e)}>
        ${this.field('staff', 'id', t('entryId'))}
        ${this.field('staff', 'name', t('staffName'))}
        ${this.field('staff', 'number', t('staffNumber'))}
        <label>${t('window')}
          <select name="windowId" @change=${(e: Event) => this.type('staff', e)}>
            <option value="" ?selected=${!draft.windowId}>—</option>
            ${windows.map((w) => html`<option value=${w.id} ?selected=${draft.windowId === w.id}>${w.name}</option>`)}
          </select>
        </label>
        <div class="actions"><button class="primary" ?disabled=${this.busy}>${t('saveEntry')}</button></div>
      </form>
    </section>`;
  }

  protected override render() {
    const t = this.t;
    const c = this.catalogue;
    return html`<h2>${t('hallTitle')}</h2>
      <p class="intro">${t('hallIntro')}</p>
      ${this.error ? html`<p role="alert">${this.error}</p>` : nothing}
      ${this.message ? html`<p role="status">${this.message}</p>` : nothing}
      ${c ? html`<div class="grid">${this.windowsCard(c.windows)}${this.staffCard(c.staff, c.windows)}</div>` : html`<p class="status">${this.busy ? t('loading') : t('noData')}</p>`}`;
  }
}
