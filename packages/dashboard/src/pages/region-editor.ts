import { type Region, RegionSchema, regionsWithin } from '@manyi/core';
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import * as z from 'zod/mini';
import { type AdminApi, ApiFailure } from '../api.js';
import type { Messages } from '../i18n/messages.js';
import { labelledRegions } from '../parts/region-labels.js';
import { pageStyles } from '../parts/styles.js';
import { field, select } from './catalogue-fields.js';
import { type Draft, issuesByField, serverIssuesByField, writePath } from './draft.js';

/**
 * Creating, changing and deleting regions, and placing the chosen station in one. Raises
 * `manyi-regions-changed` after every change, so the regions page reads the tree and figures anew.
 */
@customElement('manyi-dashboard-region-editor')
export class RegionEditor extends LitElement {
  static override styles = [pageStyles];

  @property({ attribute: false }) api!: AdminApi;
  @property({ attribute: false }) t!: Messages;
  @property({ attribute: false }) regions: Region[] = [];
  /** The region the page shows: a new region goes under it, and it can be loaded for changing. */
  @property() region = '';
  /** The station chosen in the header, and the region it lies in now. */
  @property() station = '';
  @property({ attribute: false }) stationRegion: string | undefined;

  @state() private draft: Draft = { id: '', name: '' };
  @state() private fieldErrors = new Map<string, string>();
  @state() private notice = '';
  @state() private failure = '';
  @state() private busy = false;

  protected override willUpdate(changed: PropertyValues<this>): void {
    // A new region goes under the one shown, until the manager starts typing.
    if (changed.has('region') && !this.draft.id && !this.draft.name) this.startNew();
  }

  /** Whether the draft changes a region that exists (else it creates one). */
  private get editing(): boolean {
    return this.regions.some((r) => r.id === this.draft.id);
  }

  private startNew(): void {
    this.draft = { id: '', name: '', ...(this.region ? { parentId: this.region } : {}) };
    this.fieldErrors = new Map();
    this.notice = '';
  }

  private startEdit(): void {
    const shown = this.regions.find((r) => r.id === this.region);
    if (shown) this.draft = structuredClone(shown);
    this.fieldErrors = new Map();
    this.notice = '';
  }

  private edit = (path: string, value: unknown): void => {
    this.draft = writePath(this.draft, path, value);
    const parsed = RegionSchema.safeParse(this.draft);
    this.fieldErrors = parsed.success ? new Map() : issuesByField(parsed.error.issues);
  };

  private async act(action: () => Promise<void>, done: string): Promise<void> {
    this.busy = true;
    this.failure = '';
    this.notice = '';
    try {
      await action();
      this.notice = done;
      this.dispatchEvent(new CustomEvent('manyi-regions-changed', { bubbles: true, composed: true }));
    } catch (error) {
      if (error instanceof ApiFailure && error.status === 400) this.fieldErrors = serverIssuesByField(error.detail);
      this.failure = (error as Error).message;
    } finally {
      this.busy = false;
    }
  }

  private async save(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const parsed = RegionSchema.safeParse(this.draft);
    if (!parsed.success) {
      this.fieldErrors = issuesByField(parsed.error.issues);
      this.notice = this.t('fixFields', { count: this.fieldErrors.size });
      return;
    }
    await this.act(
      () =>
        this.api.call(RegionSchema, `regions/${encodeURIComponent(parsed.data.id)}`, { method: 'PUT', body: parsed.data }).then(() => {}),
      this.t('saved'),
    );
  }

  private async deleteRegion(): Promise<void> {
    const id = String(this.draft.id);
    if (!confirm(this.t('confirmDelete', { name: String(this.draft.name || id) }))) return;
    await this.act(async () => {
      await this.api.call(z.unknown(), `regions/${encodeURIComponent(id)}`, { method: 'DELETE' });
      this.startNew();
    }, this.t('deleted'));
  }

  private async place(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const chosen = ((event.target as HTMLFormElement).elements.namedItem('stationRegion') as HTMLSelectElement).value;
    await this.act(
      () =>
        this.api
          .call(z.unknown(), `stations/${encodeURIComponent(this.station)}`, { method: 'PATCH', body: { regionId: chosen || null } })
          .then(() => {}),
      this.t('saved'),
    );
  }

  protected override render() {
    const t = this.t;
    const named = labelledRegions(this.regions, t.locale).map(({ region, label }): [string, string] => [region.id, label]);
    // A region cannot go under itself or under a region below it.
    const below = this.editing ? regionsWithin(this.regions, String(this.draft.id)) : new Set<string>();
    const parents: [string, string][] = [['', t('regionTop')], ...named.filter(([id]) => !below.has(id))];
    const fields = { draft: this.draft, errors: this.fieldErrors, t, edit: this.edit, serviceItems: [] };
    const shown = this.regions.find((r) => r.id === this.region);
    return html`<div class="grid">
      <form class="card" novalidate @submit=${this.save} aria-labelledby="region-edit-title">
        <h3 id="region-edit-title">${this.editing ? t('regionEditTitle') : t('regionNewTitle')}</h3>
        <div class="actions">
          <button type="button" @click=${this.startNew}>${t('newEntry')}</button>
          ${shown ? html`<button type="button" @click=${this.startEdit}>${t('regionEditShown', { name: shown.name })}</button>` : nothing}
        </div>
        <div class="fields">
          ${field(fields, 'id', 'entryId')} ${field(fields, 'name', 'name')} ${field(fields, 'code', 'regionCode')}
          ${select(fields, 'parentId', 'regionParent', parents)}
        </div>
        <div class="actions">
          <button class="primary" ?disabled=${this.busy}>${t('save')}</button>
          ${this.editing ? html`<button type="button" class="danger" ?disabled=${this.busy} @click=${this.deleteRegion}>${t('remove')}</button>` : nothing}
        </div>
      </form>
      <form class="card" @submit=${this.place} aria-labelledby="station-region-title">
        <h3 id="station-region-title">${t('stationRegionTitle', { station: this.station })}</h3>
        <div class="fields">
          <label for="station-region">${t('region')}</label>
          <select id="station-region" name="stationRegion">
            ${[['', t('stationRegionNone')] as [string, string], ...named].map(
              ([id, name]) => html`<option value=${id} ?selected=${id === (this.stationRegion ?? '')}>${name}</option>`,
            )}
          </select>
        </div>
        <div class="actions"><button class="primary" ?disabled=${this.busy || !this.station}>${t('save')}</button></div>
      </form>
    </div>
    ${this.notice ? html`<p role="status">${this.notice}</p>` : nothing}
    ${this.failure ? html`<p role="alert">${this.failure}</p>` : nothing}`;
  }
}
