import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { DatabaseSync, type SQLInputValue } from 'node:sqlite';
import type { Region, Station, StationPatch } from '@manyi/core';
import type { HandlingState, HandlingStatus } from '../complaint-handling.js';
import type { ComplaintFilter, ExportedRating, RatingExportFilter, StoredComplaint } from './complaint-store.js';
import type { DeviceStatus, HeartbeatSummary } from './device-store.js';
import { SQLITE_MIGRATIONS } from './migrations.js';
import type { RegionDeleteOutcome, RegionPutOutcome } from './region-store.js';
import { GROUP_COLUMN, type StationRow, stationFromRow } from './rows.js';
import { SqliteCaseStore } from './sqlite/cases.js';
import { deleteEntry, getEntry, listEntries, putEntry } from './sqlite/catalogue.js';
import * as complaints from './sqlite/complaints.js';
import * as devices from './sqlite/devices.js';
import * as regions from './sqlite/regions.js';
import { InThreadUploads, type UploadWrites, WorkerUploads } from './sqlite/uploads.js';
import { STATION_HISTORY_SQL, STATION_OWNED_TABLES } from './station-deletion.js';
import {
  CATALOGUE_KINDS,
  type CatalogueEntry,
  type CatalogueKind,
  type Device,
  type InsertOutcome,
  type NewStation,
  type PutOutcome,
  type StationDeleteOutcome,
  type StatsCountRow,
  type StatsFilter,
  type Store,
  type StoredRecord,
} from './store.js';

/** Embedded SQLite through node:sqlite: no server, no native build. */
export class SqliteStore implements Store {
  readonly kind = 'sqlite';
  readonly #db: DatabaseSync;
  readonly cases: SqliteCaseStore;
  /**
   * Uploads' writes: batches arriving together share one transaction and one disk sync, on a
   * thread of their own so that sync does not hold up the requests behind it.
   */
  readonly #uploads: UploadWrites;

  constructor(file: string) {
    if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
    this.#db = new DatabaseSync(file);
    this.cases = new SqliteCaseStore(this.#db);
    this.#uploads = file === ':memory:' ? new InThreadUploads(this.#db) : new WorkerUploads(file);
    // WAL lets readers go on during a batch; FULL sync because an `accepted` answer makes the
    // kiosk delete its copy, so the batch must survive a power cut.
    this.#db.exec('PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 5000;');
  }

  async migrate(): Promise<void> {
    const db = this.#db;
    db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
    const applied = new Set(
      db
        .prepare('SELECT version FROM schema_migrations')
        .all()
        .map((r) => Number(r.version)),
    );
    for (const m of SQLITE_MIGRATIONS) {
      if (applied.has(m.version)) continue;
      this.#transaction(() => {
        db.exec(m.sql);
        db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(
          m.version,
          m.name,
          new Date().toISOString(),
        );
      });
    }
  }

  async ping(): Promise<void> {
    this.#db.prepare('SELECT 1').get();
  }

  async close(): Promise<void> {
    await this.#uploads.close();
    if (this.#db.isOpen) this.#db.close();
  }

  connections(): { open: number; idle: number; waiting: number } {
    // One connection; statements run one at a time on the event loop, so none ever waits.
    return { open: this.#db.isOpen ? 1 : 0, idle: 0, waiting: 0 };
  }

  async getSetting(key: string): Promise<string | undefined> {
    const row = this.#db.prepare('SELECT value FROM settings WHERE key = ?').get(key);
    return row ? String(row.value) : undefined;
  }

  async setSetting(key: string, value: string): Promise<void> {
    this.#db
      .prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value')
      .run(key, value);
  }

  async initSetting(key: string, value: string): Promise<string> {
    this.#db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO NOTHING').run(key, value);
    return String(this.#db.prepare('SELECT value FROM settings WHERE key = ?').get(key)?.value);
  }

  async createStation(s: NewStation): Promise<boolean> {
    return this.#transaction(() => {
      const created = this.#db
        .prepare(
          `INSERT INTO stations (id, name, scale, cooldown_ms, thank_you_ms, idle_reset_ms, region_id, created_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING`,
        )
        .run(s.id, s.name, s.scale, s.cooldownMs, s.thankYouMs, s.idleResetMs, s.regionId ?? null, new Date().toISOString());
      if (created.changes === 0) return false;
      for (const kind of CATALOGUE_KINDS) for (const entry of s[kind] ?? []) putEntry(this.#db, s.id, kind, entry);
      return true;
    });
  }

  async getStation(id: string): Promise<Station | undefined> {
    const row = this.#db.prepare('SELECT * FROM stations WHERE id = ?').get(id) as StationRow | undefined;
    return row ? stationFromRow(row) : undefined;
  }

  async updateStation(id: string, patch: StationPatch): Promise<Station | undefined> {
    const current = await this.getStation(id);
    if (!current) return undefined;
    const { regionId, ...settings } = patch;
    const next = { ...current, ...settings };
    const region = regionId === undefined ? (current.regionId ?? null) : regionId;
    this.#db
      .prepare('UPDATE stations SET name = ?, scale = ?, cooldown_ms = ?, thank_you_ms = ?, idle_reset_ms = ?, region_id = ? WHERE id = ?')
      .run(next.name, next.scale, next.cooldownMs, next.thankYouMs, next.idleResetMs, region, id);
    return this.getStation(id);
  }

  async deleteStation(id: string, settingKeys: readonly string[]): Promise<StationDeleteOutcome> {
    return this.#transaction(() => {
      if (!this.#db.prepare('SELECT 1 FROM stations WHERE id = ?').get(id)) return 'not-found';
      if (this.#db.prepare(STATION_HISTORY_SQL('?1')).get(id)?.used) return 'in-use';
      for (const table of STATION_OWNED_TABLES) this.#db.prepare(`DELETE FROM ${table} WHERE station_id = ?`).run(id);
      for (const key of settingKeys) this.#db.prepare('DELETE FROM settings WHERE key = ?').run(key);
      this.#db.prepare('DELETE FROM stations WHERE id = ?').run(id);
      return 'deleted';
    });
  }

  async listStations(): Promise<Station[]> {
    return this.#db
      .prepare('SELECT * FROM stations ORDER BY id')
      .all()
      .map((row) => stationFromRow(row as unknown as StationRow));
  }

  async listRegions(): Promise<Region[]> {
    return regions.listRegions(this.#db);
  }

  async putRegion(region: Region): Promise<RegionPutOutcome> {
    return this.#transaction(() => regions.putRegion(this.#db, region));
  }

  async deleteRegion(id: string): Promise<RegionDeleteOutcome> {
    return this.#transaction(() => regions.deleteRegion(this.#db, id));
  }

  async listCatalogue<K extends CatalogueKind>(stationId: string, kind: K): Promise<CatalogueEntry<K>[]> {
    return listEntries(this.#db, stationId, kind);
  }

  async getCatalogueEntry<K extends CatalogueKind>(stationId: string, kind: K, id: string): Promise<CatalogueEntry<K> | undefined> {
    return getEntry(this.#db, stationId, kind, id);
  }

  async putCatalogueEntry<K extends CatalogueKind>(stationId: string, kind: K, entry: CatalogueEntry<K>): Promise<PutOutcome> {
    return this.#transaction(() => putEntry(this.#db, stationId, kind, entry));
  }

  async deleteCatalogueEntry(stationId: string, kind: CatalogueKind, id: string): Promise<boolean> {
    return deleteEntry(this.#db, stationId, kind, id);
  }

  async addEnrollmentCode(stationId: string, codeHash: string, expiresAt: string): Promise<void> {
    this.#db
      .prepare('INSERT INTO enrollment_codes (code_hash, station_id, expires_at) VALUES (?, ?, ?)')
      .run(codeHash, stationId, expiresAt);
  }

  async enrollDevice(
    codeHash: string,
    now: string,
    d: { id: string; name: string | null; tokenHash: string },
  ): Promise<Device | undefined> {
    return this.#transaction(() => {
      const code = this.#db
        .prepare('UPDATE enrollment_codes SET used_at = ? WHERE code_hash = ? AND used_at IS NULL AND expires_at > ? RETURNING station_id')
        .get(now, codeHash, now);
      if (!code) return undefined;
      const trackingNode = devices.allocateTrackingNode(this.#db, now);
      const device: Device = { id: d.id, stationId: String(code.station_id), name: d.name, createdAt: now, trackingNode };
      this.#db
        .prepare('INSERT INTO devices (id, station_id, name, token_hash, created_at, tracking_node) VALUES (?, ?, ?, ?, ?, ?)')
        .run(device.id, device.stationId, d.name, d.tokenHash, now, trackingNode);
      return device;
    });
  }

  async deviceByTokenHash(tokenHash: string): Promise<Device | undefined> {
    const row = this.#db
      .prepare('SELECT id, station_id, name, created_at, tracking_node FROM devices WHERE token_hash = ? AND revoked_at IS NULL')
      .get(tokenHash);
    if (!row) return undefined;
    return {
      id: String(row.id),
      stationId: String(row.station_id),
      name: row.name === null ? null : String(row.name),
      createdAt: String(row.created_at),
      trackingNode: row.tracking_node === null ? null : Number(row.tracking_node),
    };
  }

  async listDevices(stationId: string): Promise<DeviceStatus[]> {
    return devices.listDevices(this.#db, stationId);
  }

  async getDevice(deviceId: string): Promise<DeviceStatus | undefined> {
    return devices.getDevice(this.#db, deviceId);
  }

  async revokeDevice(deviceId: string, now: string): Promise<DeviceStatus | undefined> {
    return devices.revokeDevice(this.#db, deviceId, now);
  }

  async noteDeviceContact(deviceId: string, seenAt: string, heartbeat?: HeartbeatSummary): Promise<void> {
    await this.#uploads.noteDeviceContact(deviceId, seenAt, heartbeat);
  }

  async insertRecords(rows: readonly StoredRecord[]): Promise<InsertOutcome[]> {
    return this.#uploads.insertRecords(rows);
  }

  async ratingCounts(f: StatsFilter): Promise<StatsCountRow[]> {
    const key = f.by ? GROUP_COLUMN[f.by] : 'NULL';
    const where = [`station_id IN (${f.stationIds.map(() => '?').join(', ')})`, "kind = 'rating'"];
    const params: SQLInputValue[] = [...f.stationIds];
    if (!f.includeMisuse) where.push('misuse = 0');
    if (f.from) {
      where.push('created_at >= ?');
      params.push(f.from);
    }
    if (f.to) {
      where.push('created_at < ?');
      params.push(f.to);
    }
    const sql = `SELECT ${key} AS key, level, COUNT(*) AS count FROM records WHERE ${where.join(' AND ')} GROUP BY 1, 2 ORDER BY 1, 2`;
    return this.#db
      .prepare(sql)
      .all(...params)
      .map((r) => ({
        key: r.key === null ? null : String(r.key),
        level: Number(r.level) as StatsCountRow['level'],
        count: Number(r.count),
      }));
  }

  async nextTrackingSeq(node: number, day: string): Promise<number> {
    return complaints.nextTrackingSeq(this.#db, node, day);
  }

  async getComplaint(by: { trackingNo: string } | { recordId: string }): Promise<StoredComplaint | undefined> {
    return complaints.getComplaint(this.#db, by);
  }

  async listComplaints(filter: ComplaintFilter): Promise<StoredComplaint[]> {
    return complaints.listComplaints(this.#db, filter);
  }

  async updateComplaintHandling(trackingNo: string, expected: HandlingStatus, next: HandlingState): Promise<boolean> {
    return complaints.updateComplaintHandling(this.#db, trackingNo, expected, next);
  }

  async eraseComplaintContacts(closedBefore: string, now: string): Promise<number> {
    return complaints.eraseComplaintContacts(this.#db, closedBefore, now);
  }

  async listRatingsForExport(filter: RatingExportFilter): Promise<ExportedRating[]> {
    return complaints.listRatingsForExport(this.#db, filter);
  }

  #transaction<T>(work: () => T): T {
    this.#db.exec('BEGIN IMMEDIATE');
    try {
      const result = work();
      this.#db.exec('COMMIT');
      return result;
    } catch (error) {
      this.#db.exec('ROLLBACK');
      throw error;
    }
  }
}
