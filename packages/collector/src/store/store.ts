import type { Commitment, ManyiRecord, NationalLevel, ServiceItem, ServiceWindow, StaffMember, Station, StatsGroup } from '@manyi/core';
import type { SqlStore } from './sql-store.js';

/** Who handed a record to the collector: it never changes after storing, whatever the record says. */
export type Provenance = 'device' | 'web' | 'staff';

/** A record as stored: the validated record plus what the collector knows about its arrival. */
export interface StoredRecord {
  record: ManyiRecord;
  provenance: Provenance;
  deviceId: string | null;
  /** The device's clock reading, as sent. */
  clientCreatedAt: string;
  /** The same instant corrected for the device's clock skew (`receivedAt - sentAt`). */
  createdAt: string;
  receivedAt: string;
  /** Calendar day (YYYY-MM-DD), hour (0–23) and ISO weekday (1–7) in the station's time zone. */
  localDay: string;
  localHour: number;
  localWeekday: number;
  /** Hash of the record's content: the same id with other content is a conflict, not a duplicate. */
  contentHash: string;
  /**
   * A rating made in a month already published, or longer ago than the station allows: stored,
   * but counted nowhere until a manager accepts it.
   */
  late?: boolean;
  /**
   * The JSON text of `record` when the caller already made it (ingest does, for the hash), so
   * storing does not make it again. It must be `JSON.stringify(record)`.
   */
  json?: string;
  /** A complaint keyed in by staff: how it reached the station and who keyed it (complaint-intake-channels.ts). */
  intake?: { channel: string; keyedBy: string };
}

/**
 * `tracking-number-taken`: another complaint already has this complaint's tracking number;
 * `event-rated`: the rating's service event has its one rating already; `event-unknown`: the
 * rating names no such service event for its station, window and service. Nothing stored for these.
 */
export type InsertOutcome = 'accepted' | 'duplicate' | 'conflict' | 'tracking-number-taken' | 'event-rated' | 'event-unknown';

export interface Device {
  id: string;
  stationId: string;
  name: string | null;
  createdAt: string;
  /** Node number (1–1023) for the tracking numbers it makes; null when none was free at enrollment. */
  trackingNode: number | null;
}

/** Everything a station lists besides its settings, each kind in its own table. */
export interface Catalogue {
  windows: ServiceWindow[];
  staff: StaffMember[];
  serviceItems: ServiceItem[];
  commitments: Commitment[];
}
export type CatalogueKind = keyof Catalogue;
export type CatalogueEntry<K extends CatalogueKind> = Catalogue[K][number];
export const CATALOGUE_KINDS = ['windows', 'staff', 'serviceItems', 'commitments'] as const satisfies readonly CatalogueKind[];

export type StationDeleteOutcome = 'deleted' | 'not-found' | 'in-use';

/** Whether a put made a new entry or replaced one. */
export type PutOutcome = 'created' | 'updated';

/** A station and, optionally, its first catalogue, created in one transaction. */
export interface NewStation extends Station, Partial<Catalogue> {}

export interface StatsFilter {
  /** The stations counted together: one, or every station of a region. */
  stationIds: readonly string[];
  /** Inclusive lower and exclusive upper bound on corrected creation time, ISO UTC. */
  from?: string;
  to?: string;
  by?: StatsGroup;
  includeMisuse?: boolean;
}

export interface StatsCountRow {
  /** Group key; `null` when the record has no value for the grouping (e.g. no staff member). */
  key: string | null;
  level: NationalLevel;
  count: number;
}

/** Everything the collector keeps, by topic: the public side of SqlStore (sql-store.ts). */
export type Store = Pick<SqlStore, keyof SqlStore>;
