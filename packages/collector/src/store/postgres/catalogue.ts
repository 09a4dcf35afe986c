import type pg from 'pg';
import { catalogueTable, entryFromRow } from '../catalogue-tables.js';
import type { CatalogueEntry, CatalogueKind, PutOutcome } from '../store.js';

/** The pool, or a client inside a transaction. */
export interface Queryable {
  query<R extends pg.QueryResultRow>(text: string, values?: unknown[]): Promise<pg.QueryResult<R>>;
}

/**
 * A station's windows, staff, service items and commitments in PostgreSQL. Ids sort with
 * COLLATE "C" so lists come out in SQLite's (bytewise) order whatever the cluster's locale.
 */
export async function listEntries<K extends CatalogueKind>(db: Queryable, stationId: string, kind: K): Promise<CatalogueEntry<K>[]> {
  const t = catalogueTable(kind);
  const { rows } = await db.query(`SELECT ${t.columns.join(', ')} FROM ${t.table} WHERE station_id = $1 ORDER BY id COLLATE "C"`, [
    stationId,
  ]);
  return rows.map((row) => entryFromRow(kind, row));
}

export async function getEntry<K extends CatalogueKind>(
  db: Queryable,
  stationId: string,
  kind: K,
  id: string,
): Promise<CatalogueEntry<K> | undefined> {
  const t = catalogueTable(kind);
  const { rows } = await db.query(`SELECT ${t.columns.join(', ')} FROM ${t.table} WHERE station_id = $1 AND id = $2`, [stationId, id]);
  return rows[0] ? entryFromRow(kind, rows[0]) : undefined;
}

export async function putEntry<K extends CatalogueKind>(
  db: Queryable,
  stationId: string,
  kind: K,
  entry: CatalogueEntry<K>,
): Promise<PutOutcome> {
  const t = catalogueTable(kind);
  const updates = t.columns.slice(1).map((c) => `${c} = EXCLUDED.${c}`);
  // xmax is 0 on a row this statement inserted, and set on one it updated.
  const { rows } = await db.query<{ created: boolean }>(
    `INSERT INTO ${t.table} (station_id, ${t.columns.join(', ')}) VALUES ($1, ${t.columns.map((_, i) => `$${i + 2}`).join(', ')})
     ON CONFLICT (station_id, id) DO UPDATE SET ${updates.join(', ')} RETURNING (xmax = 0) AS created`,
    [stationId, ...t.values(entry)],
  );
  return rows[0]?.created ? 'created' : 'updated';
}

export async function deleteEntry(db: Queryable, stationId: string, kind: CatalogueKind, id: string): Promise<boolean> {
  const t = catalogueTable(kind);
  const { rowCount } = await db.query(`DELETE FROM ${t.table} WHERE station_id = $1 AND id = $2`, [stationId, id]);
  return (rowCount ?? 0) > 0;
}
