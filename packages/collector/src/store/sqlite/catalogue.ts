import type { DatabaseSync } from 'node:sqlite';
import { catalogueTable, entryFromRow } from '../catalogue-tables.js';
import type { CatalogueEntry, CatalogueKind, PutOutcome } from '../store.js';

/**
 * A station's windows, staff, service items and commitments in SQLite. Plain functions on the
 * connection so that creating a station can put its catalogue inside its own transaction.
 */
export function listEntries<K extends CatalogueKind>(db: DatabaseSync, stationId: string, kind: K): CatalogueEntry<K>[] {
  const t = catalogueTable(kind);
  return db
    .prepare(`SELECT ${t.columns.join(', ')} FROM ${t.table} WHERE station_id = ? ORDER BY id`)
    .all(stationId)
    .map((row) => entryFromRow(kind, row));
}

export function getEntry<K extends CatalogueKind>(db: DatabaseSync, stationId: string, kind: K, id: string): CatalogueEntry<K> | undefined {
  const t = catalogueTable(kind);
  const row = db.prepare(`SELECT ${t.columns.join(', ')} FROM ${t.table} WHERE station_id = ? AND id = ?`).get(stationId, id);
  return row ? entryFromRow(kind, row) : undefined;
}

/** Inserts or replaces; the caller holds a write transaction so the answer is exact. */
export function putEntry<K extends CatalogueKind>(db: DatabaseSync, stationId: string, kind: K, entry: CatalogueEntry<K>): PutOutcome {
  const t = catalogueTable(kind);
  const existed = db.prepare(`SELECT 1 FROM ${t.table} WHERE station_id = ? AND id = ?`).get(stationId, entry.id) !== undefined;
  const updates = t.columns.slice(1).map((c) => `${c} = excluded.${c}`);
  db.prepare(
    `INSERT INTO ${t.table} (station_id, ${t.columns.join(', ')}) VALUES (?, ${t.columns.map(() => '?').join(', ')})
     ON CONFLICT (station_id, id) DO UPDATE SET ${updates.join(', ')}`,
  ).run(stationId, ...t.values(entry));
  return existed ? 'updated' : 'created';
}

export function deleteEntry(db: DatabaseSync, stationId: string, kind: CatalogueKind, id: string): boolean {
  const t = catalogueTable(kind);
  return db.prepare(`DELETE FROM ${t.table} WHERE station_id = ? AND id = ?`).run(stationId, id).changes > 0;
}
