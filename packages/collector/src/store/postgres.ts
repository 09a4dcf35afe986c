import type { ComplaintRecord, Region, Station, StationPatch } from '@manyi/core';
import pg from 'pg';
import type { HandlingState, HandlingStatus } from '../complaint-handling.js';
import { isComplaintRow } from './complaint-rows.js';
import type { ComplaintFilter, ExportedRating, RatingExportFilter, StoredComplaint } from './complaint-store.js';
import type { DeviceStatus, HeartbeatSummary } from './device-store.js';
import { POSTGRES_MIGRATIONS } from './migrations.js';
import { PostgresCaseStore } from './postgres/cases.js';
import { deleteEntry, getEntry, listEntries, putEntry } from './postgres/catalogue.js';
import * as complaints from './postgres/complaints.js';
import { DeviceContactNotes } from './postgres/device-contacts.js';
import * as devices from './postgres/devices.js';
import * as regions from './postgres/regions.js';
import type { RegionDeleteOutcome, RegionPutOutcome } from './region-store.js';
import { GROUP_COLUMN, RECORD_COLUMNS, recordValues, type StationRow, stationFromRow } from './rows.js';
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

// Any number that fits the migration-lock namespace; fixed so every collector takes the same lock.
const MIGRATION_LOCK = 7_261_094;
/** SQLSTATE of a write that a foreign key refuses. */
const FOREIGN_KEY_VIOLATION = '23503';

const RECORD_TYPES: Record<(typeof RECORD_COLUMNS)[number], string> = {
  id: 'text',
  kind: 'text',
  station_id: 'text',
  window_id: 'text',
  staff_id: 'text',
  service_item_id: 'text',
  channel: 'text',
  provenance: 'text',
  device_id: 'text',
  level: 'int',
  misuse: 'bool',
  client_created_at: 'timestamptz',
  created_at: 'timestamptz',
  received_at: 'timestamptz',
  local_day: 'text',
  local_hour: 'int',
  local_weekday: 'int',
  content_hash: 'text',
  body: 'jsonb',
};

/**
 * A batch as one JSONB parameter, a JSON array per record in column order: PostgreSQL parses it
 * once, and each record's body goes in as the JSON it already is, not as an escaped string.
 */
const INSERT_BATCH = `INSERT INTO records (${RECORD_COLUMNS.join(', ')})
  SELECT ${RECORD_COLUMNS.map((c, i) => (c === 'body' ? `r -> ${i}` : `(r ->> ${i})::${RECORD_TYPES[c]}`)).join(', ')}
  FROM jsonb_array_elements($1::jsonb) AS r
  ON CONFLICT (id) DO NOTHING RETURNING id`;

// The body is the last column, so a record's array is its other values followed by its JSON text.
if (RECORD_COLUMNS.indexOf('body') !== RECORD_COLUMNS.length - 1) throw new Error('records.body must be the last of RECORD_COLUMNS');

function recordArrayJson(row: StoredRecord): string {
  const values = recordValues(row);
  const body = values.pop() as string; // JSON text of the record (made by JSON.stringify)
  return `${JSON.stringify(values).slice(0, -1)},${body}]`;
}

/** A batch of records ready for PostgreSQL: the INSERT's parameter and what the answer needs. */
interface PreparedBatch {
  json: string;
  ids: string[];
  hashes: string[];
  complaints: (StoredRecord & { record: ComplaintRecord })[];
}

async function storeBatch(c: pg.Pool | pg.PoolClient, batch: PreparedBatch): Promise<InsertOutcome[]> {
  const { ids, hashes } = batch;
  // Concurrent collectors inserting the same id wait on each other here; the loser sees a conflict-free no-op.
  const inserted = await c.query<{ id: string }>(INSERT_BATCH, [batch.json]);
  const accepted = new Set(inserted.rows.map((r) => r.id));
  const others = ids.filter((id) => !accepted.has(id));
  const stored = new Map<string, string>();
  if (others.length > 0) {
    const { rows: found } = await c.query<{ id: string; content_hash: string }>(
      'SELECT id, content_hash FROM records WHERE id = ANY($1::text[])',
      [others],
    );
    for (const h of found) stored.set(h.id, h.content_hash);
  }
  // A new complaint whose tracking number another complaint holds is taken back out of the log.
  const newComplaints = batch.complaints.filter((r) => accepted.has(r.record.id));
  const filed = await complaints.insertComplaints(c, newComplaints);
  const taken = newComplaints.filter((r) => !filed.has(r.record.id)).map((r) => r.record.id);
  if (taken.length > 0) await c.query('DELETE FROM records WHERE id = ANY($1::text[])', [taken]);
  return ids.map((id, i): InsertOutcome => {
    if (taken.includes(id)) return 'tracking-number-taken';
    if (accepted.has(id)) return 'accepted';
    return stored.get(id) === hashes[i] ? 'duplicate' : 'conflict';
  });
}

/**
 * PostgreSQL for provinces that run several stateless collectors on one database. A batch is
 * one `INSERT … SELECT FROM jsonb_array_elements(…)` so 500 records cost one round trip.
 */
export class PostgresStore implements Store {
  readonly kind = 'postgres';
  readonly #pool: pg.Pool;
  readonly #contacts: DeviceContactNotes;
  readonly cases: PostgresCaseStore;

  constructor(connectionString: string) {
    this.#pool = new pg.Pool({ connectionString, max: 8 });
    this.cases = new PostgresCaseStore(this.#pool);
    this.#contacts = new DeviceContactNotes((id, seenAt, heartbeat) => devices.noteDeviceContact(this.#pool, id, seenAt, heartbeat));
    // An idle client losing its connection must not crash the collector; the pool replaces it.
    this.#pool.on('error', () => {});
  }

  async migrate(): Promise<void> {
    await this.#transaction(async (c) => {
      await c.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
      await c.query(
        'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TIMESTAMPTZ NOT NULL)',
      );
      const { rows } = await c.query<{ version: number }>('SELECT version FROM schema_migrations');
      const applied = new Set(rows.map((r) => Number(r.version)));
      for (const m of POSTGRES_MIGRATIONS) {
        if (applied.has(m.version)) continue;
        await c.query(m.sql);
        await c.query('INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, now())', [m.version, m.name]);
      }
    });
  }

  async ping(): Promise<void> {
    await this.#pool.query('SELECT 1');
  }

  async close(): Promise<void> {
    await this.#pool.end();
  }

  connections(): { open: number; idle: number; waiting: number } {
    return { open: this.#pool.totalCount, idle: this.#pool.idleCount, waiting: this.#pool.waitingCount };
  }

  async getSetting(key: string): Promise<string | undefined> {
    const { rows } = await this.#pool.query<{ value: string }>('SELECT value FROM settings WHERE key = $1', [key]);
    return rows[0]?.value;
  }

  async setSetting(key: string, value: string): Promise<void> {
    await this.#pool.query('INSERT INTO settings (key, value) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET value = excluded.value', [
      key,
      value,
    ]);
  }

  async initSetting(key: string, value: string): Promise<string> {
    await this.#pool.query('INSERT INTO settings (key, value) VALUES ($1, $2) ON CONFLICT (key) DO NOTHING', [key, value]);
    return (await this.getSetting(key)) ?? value;
  }

  async createStation(s: NewStation): Promise<boolean> {
    return this.#transaction(async (c) => {
      const { rowCount } = await c.query(
        `INSERT INTO stations (id, name, scale, cooldown_ms, thank_you_ms, idle_reset_ms, region_id, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, now()) ON CONFLICT (id) DO NOTHING`,
        [s.id, s.name, s.scale, s.cooldownMs, s.thankYouMs, s.idleResetMs, s.regionId ?? null],
      );
      if (rowCount === 0) return false;
      for (const kind of CATALOGUE_KINDS) for (const entry of s[kind] ?? []) await putEntry(c, s.id, kind, entry);
      return true;
    });
  }

  async getStation(id: string): Promise<Station | undefined> {
    const { rows } = await this.#pool.query<StationRow>('SELECT * FROM stations WHERE id = $1', [id]);
    return rows[0] ? stationFromRow(rows[0]) : undefined;
  }

  async updateStation(id: string, patch: StationPatch): Promise<Station | undefined> {
    const { rows } = await this.#pool.query<StationRow>(
      `UPDATE stations SET name = COALESCE($2, name), scale = COALESCE($3, scale), cooldown_ms = COALESCE($4, cooldown_ms),
         thank_you_ms = COALESCE($5, thank_you_ms), idle_reset_ms = COALESCE($6, idle_reset_ms),
         region_id = CASE WHEN $7 THEN $8 ELSE region_id END WHERE id = $1 RETURNING *`,
      [
        id,
        patch.name ?? null,
        patch.scale ?? null,
        patch.cooldownMs ?? null,
        patch.thankYouMs ?? null,
        patch.idleResetMs ?? null,
        patch.regionId !== undefined,
        patch.regionId ?? null,
      ],
    );
    return rows[0] ? stationFromRow(rows[0]) : undefined;
  }

  async deleteStation(id: string, settingKeys: readonly string[]): Promise<StationDeleteOutcome> {
    return this.#transaction(async (c) => {
      // The row lock makes a tablet enrolling at this moment wait, then find no station.
      const { rowCount } = await c.query('SELECT 1 FROM stations WHERE id = $1 FOR UPDATE', [id]);
      if (!rowCount) return 'not-found';
      if ((await c.query<{ used: boolean }>(STATION_HISTORY_SQL('$1'), [id])).rows[0]?.used) return 'in-use';
      for (const table of STATION_OWNED_TABLES) await c.query(`DELETE FROM ${table} WHERE station_id = $1`, [id]);
      await c.query('DELETE FROM settings WHERE key = ANY($1::text[])', [settingKeys]);
      await c.query('DELETE FROM stations WHERE id = $1', [id]);
      return 'deleted';
    });
  }

  async listStations(): Promise<Station[]> {
    const { rows } = await this.#pool.query<StationRow>('SELECT * FROM stations ORDER BY id COLLATE "C"');
    return rows.map(stationFromRow);
  }

  async listRegions(): Promise<Region[]> {
    return regions.listRegions(this.#pool);
  }

  async putRegion(region: Region): Promise<RegionPutOutcome> {
    return this.#transaction((c) => regions.putRegion(c, region));
  }

  async deleteRegion(id: string): Promise<RegionDeleteOutcome> {
    try {
      return await this.#transaction((c) => regions.deleteRegion(c, id));
    } catch (error) {
      // A station placed in it by another collector between the check and the delete.
      if ((error as { code?: string }).code === FOREIGN_KEY_VIOLATION) return 'in-use';
      throw error;
    }
  }

  async listCatalogue<K extends CatalogueKind>(stationId: string, kind: K): Promise<CatalogueEntry<K>[]> {
    return listEntries(this.#pool, stationId, kind);
  }

  async getCatalogueEntry<K extends CatalogueKind>(stationId: string, kind: K, id: string): Promise<CatalogueEntry<K> | undefined> {
    return getEntry(this.#pool, stationId, kind, id);
  }

  async putCatalogueEntry<K extends CatalogueKind>(stationId: string, kind: K, entry: CatalogueEntry<K>): Promise<PutOutcome> {
    return putEntry(this.#pool, stationId, kind, entry);
  }

  async deleteCatalogueEntry(stationId: string, kind: CatalogueKind, id: string): Promise<boolean> {
    return deleteEntry(this.#pool, stationId, kind, id);
  }

  async addEnrollmentCode(stationId: string, codeHash: string, expiresAt: string): Promise<void> {
    await this.#pool.query('INSERT INTO enrollment_codes (code_hash, station_id, expires_at) VALUES ($1, $2, $3)', [
      codeHash,
      stationId,
      expiresAt,
    ]);
  }

  async enrollDevice(
    codeHash: string,
    now: string,
    d: { id: string; name: string | null; tokenHash: string },
  ): Promise<Device | undefined> {
    return this.#transaction(async (c) => {
      const { rows } = await c.query<{ station_id: string }>(
        'UPDATE enrollment_codes SET used_at = $2 WHERE code_hash = $1 AND used_at IS NULL AND expires_at > $2 RETURNING station_id',
        [codeHash, now],
      );
      const code = rows[0];
      if (!code) return undefined;
      const trackingNode = await devices.allocateTrackingNode(c, now);
      await c.query('INSERT INTO devices (id, station_id, name, token_hash, created_at, tracking_node) VALUES ($1, $2, $3, $4, $5, $6)', [
        d.id,
        code.station_id,
        d.name,
        d.tokenHash,
        now,
        trackingNode,
      ]);
      return { id: d.id, stationId: code.station_id, name: d.name, createdAt: now, trackingNode };
    });
  }

  async deviceByTokenHash(tokenHash: string): Promise<Device | undefined> {
    const { rows } = await this.#pool.query<{
      id: string;
      station_id: string;
      name: string | null;
      created_at: Date;
      tracking_node: number | null;
    }>('SELECT id, station_id, name, created_at, tracking_node FROM devices WHERE token_hash = $1 AND revoked_at IS NULL', [tokenHash]);
    const row = rows[0];
    if (!row) return undefined;
    return {
      id: row.id,
      stationId: row.station_id,
      name: row.name,
      createdAt: row.created_at.toISOString(),
      trackingNode: row.tracking_node,
    };
  }

  async listDevices(stationId: string): Promise<DeviceStatus[]> {
    return devices.listDevices(this.#pool, stationId);
  }

  async getDevice(deviceId: string): Promise<DeviceStatus | undefined> {
    return devices.getDevice(this.#pool, deviceId);
  }

  async revokeDevice(deviceId: string, now: string): Promise<DeviceStatus | undefined> {
    return devices.revokeDevice(this.#pool, deviceId, now);
  }

  async noteDeviceContact(deviceId: string, seenAt: string, heartbeat?: HeartbeatSummary): Promise<void> {
    await this.#contacts.note(deviceId, seenAt, heartbeat);
  }

  /**
   * Not an async function: the rows (every record of the batch) are made into the statement's
   * parameter here and let go of, so the young generation does not copy them while the batch
   * waits for PostgreSQL; only ids, content hashes and any complaints are kept for the answer.
   */
  insertRecords(rows: readonly StoredRecord[]): Promise<InsertOutcome[]> {
    if (rows.length === 0) return Promise.resolve([]);
    // Rows in id order: collectors inserting overlapping batches at once then take the row locks in
    // the same order, so one waits for the other instead of deadlocking.
    const ordered = [...rows].sort((a, b) => (a.record.id < b.record.id ? -1 : a.record.id > b.record.id ? 1 : 0));
    const batch: PreparedBatch = {
      json: `[${ordered.map(recordArrayJson).join(',')}]`,
      ids: rows.map((r) => r.record.id),
      hashes: rows.map((r) => r.contentHash),
      complaints: rows.filter(isComplaintRow),
    };
    // Without complaints the INSERT is the only write: one statement is atomic and durable alone.
    return batch.complaints.length > 0 ? this.#transaction((c) => storeBatch(c, batch)) : storeBatch(this.#pool, batch);
  }

  async ratingCounts(f: StatsFilter): Promise<StatsCountRow[]> {
    const key = f.by ? `${GROUP_COLUMN[f.by]}::text` : 'NULL';
    const where = ['station_id = ANY($1::text[])', "kind = 'rating'"];
    const params: unknown[] = [f.stationIds];
    if (!f.includeMisuse) where.push('NOT misuse');
    if (f.from) where.push(`created_at >= $${params.push(f.from)}`);
    if (f.to) where.push(`created_at < $${params.push(f.to)}`);
    const { rows } = await this.#pool.query<{ key: string | null; level: number; count: string }>(
      `SELECT ${key} AS key, level, COUNT(*) AS count FROM records WHERE ${where.join(' AND ')} GROUP BY 1, 2 ORDER BY 1, 2`,
      params,
    );
    return rows.map((r) => ({ key: r.key, level: Number(r.level) as StatsCountRow['level'], count: Number(r.count) }));
  }

  async nextTrackingSeq(node: number, day: string): Promise<number> {
    return complaints.nextTrackingSeq(this.#pool, node, day);
  }

  async getComplaint(by: { trackingNo: string } | { recordId: string }): Promise<StoredComplaint | undefined> {
    return complaints.getComplaint(this.#pool, by);
  }

  async listComplaints(filter: ComplaintFilter): Promise<StoredComplaint[]> {
    return complaints.listComplaints(this.#pool, filter);
  }

  async updateComplaintHandling(trackingNo: string, expected: HandlingStatus, next: HandlingState): Promise<boolean> {
    return complaints.updateComplaintHandling(this.#pool, trackingNo, expected, next);
  }

  async eraseComplaintContacts(closedBefore: string, now: string): Promise<number> {
    return complaints.eraseComplaintContacts(this.#pool, closedBefore, now);
  }

  async listRatingsForExport(filter: RatingExportFilter): Promise<ExportedRating[]> {
    return complaints.listRatingsForExport(this.#pool, filter);
  }

  async #transaction<T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    const client = await this.#pool.connect();
    try {
      await client.query('BEGIN');
      const result = await work(client);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => {});
      throw error;
    } finally {
      client.release();
    }
  }
}
