import { LitElement, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Role } from '../account-schemas.js';
import type { AdminApi } from '../api.js';
import type { Messages } from '../i18n/messages.js';
import { type StationCatalogue, StationCatalogueSchema } from '../schemas.js';
import { pageStyles } from './styles.js';

/** One dashboard page: the shell hands it the API, the messages and the chosen station and period. */
export abstract class DashboardPage extends LitElement {
  static override styles = [pageStyles];

  @property({ attribute: false }) api!: AdminApi;
  @property({ attribute: false }) t!: Messages;
  @property() station = '';
  @property() from = '';
  @property() to = '';
  /** The signed-in person's role: a page hides what it may not do (permissions.ts). */
  @property({ attribute: false }) signedInRole: Role | undefined;

  @state() protected error = '';
  @state() protected busy = false;
  /** The station's windows, staff and service items, for naming them as the hall does. */
  @state() protected catalogue: StationCatalogue | undefined;

  /** Fetches what the page shows; called whenever the station or period changes. */
  protected abstract load(): Promise<void>;

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('station') || changed.has('from') || changed.has('to') || changed.has('api')) void this.reload();
  }

  protected async reload(): Promise<void> {
    if (!this.api || !this.station) return;
    await this.run(() => this.load());
  }

  /** Runs an action with the busy flag, showing its failure where the page shows errors. */
  protected async run(action: () => Promise<void>): Promise<boolean> {
    this.busy = true;
    this.error = '';
    try {
      await action();
      return true;
    } catch (error) {
      this.error = (error as Error).message;
      return false;
    } finally {
      this.busy = false;
    }
  }

  /** Reads the station's catalogue; a station it cannot answer for keeps showing ids. */
  protected async loadCatalogue(): Promise<void> {
    this.catalogue = await this.api.call(StationCatalogueSchema, `stations/${encodeURIComponent(this.station)}`).catch(() => undefined);
  }

  /** A window's, staff member's or service item's name, else its id. */
  protected nameIn(list: 'windows' | 'staff' | 'serviceItems', id: string | null | undefined): string {
    return (id && this.catalogue?.[list].find((e) => e.id === id)?.name) ?? id ?? '—';
  }

  protected get period(): { station: string; from: string; to: string } {
    return { station: this.station, from: this.from, to: this.to };
  }
}
