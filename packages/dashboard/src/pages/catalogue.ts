import { CommitmentSchema, ServiceItemSchema } from '@manyi/core';
import '@manyi/elements/commitment-board.js';
import '@manyi/elements/notice-checklist.js';
import { html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import * as z from 'zod/mini';
import { ApiFailure } from '../api.js';
import { DashboardPage } from '../parts/page.js';
import { may } from '../permissions.js';
import { StationCatalogueSchema } from '../schemas.js';
import { commitmentFields, serviceItemFields } from './catalogue-fields.js';
import { type Draft, issuesByField, serverIssuesByField, writePath } from './draft.js';

type Kind = 'serviceItems' | 'commitments';
const PATH: Readonly<Record<Kind, string>> = { serviceItems: 'service-items', commitments: 'commitments' };
const SCHEMA = { serviceItems: ServiceItemSchema, commitments: CommitmentSchema } as const;
const EMPTY: Readonly<Record<Kind, Draft>> = {
  serviceItems: { id: '', name: '', guide: { materials: [] } },
  commitments: { id: '', promise: '', limits: [] },
};

/** Service items with their guides, and commitments: edited, checked, previewed through the elements, saved. */
@customElement('manyi-dashboard-catalogue')
export class CataloguePage extends DashboardPage {
  @state() private kind: Kind = 'serviceItems';
  @state() private draft: Draft = structuredClone(EMPTY.serviceItems);
  @state() private fieldErrors = new Map<string, string>();
  @state() private notice = '';

  protected async load(): Promise<void> {
    this.catalogue = await this.api.call(StationCatalogueSchema, `stations/${encodeURIComponent(this.station)}`);
  }

  private pick(kind: Kind, id: string): void {
    const entry = (this.catalogue?.[kind] as { id: string }[] | undefined)?.find((e) => e.id === id);
    this.kind = kind;
    this.draft = structuredClone((entry as Draft | undefined) ?? EMPTY[kind]);
    this.fieldErrors = new Map();
    this.notice = '';
  }

  /** Every edit is checked at once against @manyi/core's schema, so problems show beside their field. */
  private edit = (path: string, value: unknown): void => {
    this.draft = writePath(this.draft, path, value);
    const parsed = SCHEMA[this.kind].safeParse(this.draft);
    this.fieldErrors = parsed.success ? new Map() : issuesByField(parsed.error.issues);
  };

  private async save(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const parsed = (SCHEMA[this.kind] as z.ZodMiniType<Draft>).safeParse(this.draft);
    if (!parsed.success) {
      this.fieldErrors = issuesByField(parsed.error.issues);
      this.notice = this.t('fixFields', { count: this.fieldErrors.size });
      return;
    }
    const id = String(parsed.data.id);
    const ok = await this.run(async () => {
      try {
        await this.api.call(z.unknown(), `stations/${encodeURIComponent(this.station)}/${PATH[this.kind]}/${encodeURIComponent(id)}`, {
          method: 'PUT',
          body: parsed.data,
        });
      } catch (error) {
        if (error instanceof ApiFailure && error.status === 400) this.fieldErrors = serverIssuesByField(error.detail);
        throw error;
      }
      await this.load();
    });
    this.notice = ok ? this.t('saved') : '';
  }

  private async deleteEntry(): Promise<void> {
    const id = String(this.draft.id ?? '');
    if (!id || !confirm(this.t('confirmDelete', { name: String(this.draft.name ?? this.draft.promise ?? id) }))) return;
    const ok = await this.run(async () => {
      await this.api.call(z.unknown(), `stations/${encodeURIComponent(this.station)}/${PATH[this.kind]}/${encodeURIComponent(id)}`, {
        method: 'DELETE',
      });
      await this.load();
    });
    if (ok) {
      this.pick(this.kind, '');
      this.notice = this.t('deleted');
    }
  }

  private preview() {
    const valid = SCHEMA[this.kind].safeParse(this.draft);
    if (!valid.success) return nothing;
    return this.kind === 'commitments'
      ? html`<manyi-commitment-board lang=${this.t.locale} .commitments=${[valid.data]}></manyi-commitment-board>`
      : html`<manyi-notice-checklist lang=${this.t.locale} mode="self-check" .serviceItem=${valid.data}></manyi-notice-checklist>`;
  }

  protected override render() {
    const t = this.t;
    const c = this.catalogue;
    const list = (kind: Kind, title: string) => html`<section class="card" aria-label=${title}>
      <h3>${title}</h3>
      <ul>
        ${(c?.[kind] ?? []).map((e) => html`<li><button class="link" @click=${() => this.pick(kind, e.id)}>${'name' in e ? e.name : e.promise}</button></li>`)}
      </ul>
      ${may(this.signedInRole, 'manageStation') ? html`<button @click=${() => this.pick(kind, '')}>${t('newEntry')}</button>` : nothing}
    </section>`;
    const fields = { draft: this.draft, errors: this.fieldErrors, t, edit: this.edit, serviceItems: c?.serviceItems ?? [] };
    return html`<h2>${t('catalogueTitle')}</h2>
      ${this.error ? html`<p role="alert">${this.error}</p>` : nothing}
      <div class="grid">
        <div>${list('serviceItems', t('serviceItems'))} ${list('commitments', t('commitments'))}</div>
        <form class="card" novalidate @submit=${this.save} aria-label=${this.kind === 'commitments' ? t('commitments') : t('serviceItems')}>
          ${this.kind === 'commitments' ? commitmentFields(fields) : serviceItemFields(fields)}
          ${this.notice ? html`<p role="status">${this.notice}</p>` : nothing}
          ${
            may(this.signedInRole, 'manageStation')
              ? html`<div class="actions">
                  <button class="primary" ?disabled=${this.busy}>${t('save')}</button>
                  ${this.draft.id ? html`<button type="button" class="danger" @click=${this.deleteEntry}>${t('remove')}</button>` : nothing}
                </div>`
              : nothing
          }
        </form>
      </div>
      <section class="card" aria-labelledby="preview-title">
        <h3 id="preview-title">${t('preview')}</h3>
        ${this.preview()}
      </section>`;
  }
}
