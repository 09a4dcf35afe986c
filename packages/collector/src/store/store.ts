import type {
  Commitment,
  ManyiRecord,
  NationalLevel,
  ServiceItem,
  ServiceWindow,
  StaffMember,
  Station,
  StationPatch,
  StatsGroup,
} from '@manyi/core';
import type { CaseStore } from './case-store.js';
import type { ComplaintStore } from './complaint-store.js';
import type { DeviceStore } from './device-store.js';
import type { RegionStore } from './region-store.js';

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
}

/** `tracking-number-taken`: another complaint already has this complaint's tracking number; nothing stored. */
export type InsertOutcome = 'accepted' | 'duplicate' | 'conflict' | 'tracking-number-taken';

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

/**
 * Everything the collector keeps. Two implementations pass one test suite: embedded SQLite
 * (node:sqlite) and PostgreSQL.
 */
export interface Store extends ComplaintStore, DeviceStore, RegionStore {
  readonly kind: 'sqlite' | 'postgres';
  /** The bad-review ledger, misuse reviews, complaint history and notices (store/case-store.ts). */
  readonly cases: CaseStore;
  migrate(): Promise<void>;
  ping(): Promise<void>;
  close(): Promise<void>;
  /** Database connections open, idle, and requests waiting for one (for /metrics). */
  connections(): { open: number; idle: number; waiting: number };

  getSetting(key: string): Promise<string | undefined>;
  /** Sets the value only if the key has none yet; returns the value now stored. */
  initSetting(key: string, value: string): Promise<string>;
  /** Sets the value, replacing any earlier one. */
  setSetting(key: string, value: string): Promise<void>;

  /** Creates the station and its catalogue atomically; false (and nothing written) when the id is taken. The region must exist. */
  createStation(station: NewStation): Promise<boolean>;
  getStation(id: string): Promise<Station | undefined>;
  /**
   * Deletes a station that never had a record or an enrolled tablet (one made by mistake), with
   * its catalogue, enrollment codes and the settings under `settingKeys`; one that did is kept for
   * its history (`in-use`).
   */
  deleteStation(id: string, settingKeys: readonly string[]): Promise<StationDeleteOutcome>;
  updateStation(id: string, patch: StationPatch): Promise<Station | undefined>;

  /** A station's entries of one kind, ordered by id (bytewise, the same in both databases). */
  listCatalogue<K extends CatalogueKind>(stationId: string, kind: K): Promise<CatalogueEntry<K>[]>;
  getCatalogueEntry<K extends CatalogueKind>(stationId: string, kind: K, id: string): Promise<CatalogueEntry<K> | undefined>;
  /** Inserts or replaces the entry with this id; the station must exist. */
  putCatalogueEntry<K extends CatalogueKind>(stationId: string, kind: K, entry: CatalogueEntry<K>): Promise<PutOutcome>;
  /** False when there was no such entry. */
  deleteCatalogueEntry(stationId: string, kind: CatalogueKind, id: string): Promise<boolean>;

  addEnrollmentCode(stationId: string, codeHash: string, expiresAt: string): Promise<void>;
  /**
   * Uses an enrollment code once: if it exists, is unused and has not expired, marks it used and
   * creates the device with a free tracking node (see pickTrackingNode), atomically. Returns
   * undefined otherwise.
   */
  enrollDevice(codeHash: string, now: string, device: { id: string; name: string | null; tokenHash: string }): Promise<Device | undefined>;
  /** The enrolled, unrevoked device holding this token. */
  deviceByTokenHash(tokenHash: string): Promise<Device | undefined>;

  /**
   * Stores a batch in one transaction, idempotently by record id; outcomes in input order.
   * Ids within one call are unique (the caller settles repeats inside a batch).
   * Complaints also get their row in `complaints`, in the same transaction.
   */
  insertRecords(rows: readonly StoredRecord[]): Promise<InsertOutcome[]>;
  ratingCounts(filter: StatsFilter): Promise<StatsCountRow[]>;
}
