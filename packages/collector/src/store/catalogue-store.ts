import { catalogueTable, entryFromRow } from './catalogue-tables.js';
import type { Sql } from './sql/port.js';
import type { CatalogueEntry, CatalogueKind, PutOutcome } from './store.js';

/**
 * Inserts or replaces a catalogue entry inside the caller's transaction. The insert answers
 * whether the entry is new; if it was there the update replaces it (and should another collector
 * delete it in between, the insert is tried again), so the answer is exact in both databases.
 */
export async function putEntry<K extends CatalogueKind>(
  tx: Sql,
  stationId: string,
  kind: K,
  entry: CatalogueEntry<K>,
): Promise<PutOutcome> {
  const t = catalogueTable(kind);
  const p = tx.p;
  const values = [stationId, ...t.values(entry)];
  const insert = `INSERT INTO ${t.table} (station_id, ${t.columns.join(', ')}) VALUES (${values.map((_, i) => p(i + 1)).join(', ')})
    ON CONFLICT (station_id, id) DO NOTHING`;
  const update = `UPDATE ${t.table} SET ${t.columns
    .slice(1)
    .map((c, i) => `${c} = ${p(i + 3)}`)
    .join(', ')} WHERE station_id = ${p(1)} AND id = ${p(2)}`;
  for (;;) {
    if ((await tx.run(insert, values)) === 1) return 'created';
    if ((await tx.run(update, values)) === 1) return 'updated';
  }
}

/** A station's windows, staff, service items and commitments, each kind in its own table. */
export class CatalogueStore {
  readonly #sql: Sql;

  constructor(sql: Sql) {
    this.#sql = sql;
  }

  /** A station's entries of one kind, ordered by id (bytewise, the same in both databases). */
  async list<K extends CatalogueKind>(stationId: string, kind: K): Promise<CatalogueEntry<K>[]> {
    const t = catalogueTable(kind);
    const rows = await this.#sql.all(
      `SELECT ${t.columns.join(', ')} FROM ${t.table} WHERE station_id = ${this.#sql.p(1)} ORDER BY ${this.#sql.bytewise('id')}`,
      [stationId],
    );
    return rows.map((row) => entryFromRow(kind, row));
  }

  async get<K extends CatalogueKind>(stationId: string, kind: K, id: string): Promise<CatalogueEntry<K> | undefined> {
    const t = catalogueTable(kind);
    const p = this.#sql.p;
    const row = await this.#sql.get(`SELECT ${t.columns.join(', ')} FROM ${t.table} WHERE station_id = ${p(1)} AND id = ${p(2)}`, [
      stationId,
      id,
    ]);
    return row ? entryFromRow(kind, row) : undefined;
  }

  /** Inserts or replaces the entry with this id; the station must exist. */
  put<K extends CatalogueKind>(stationId: string, kind: K, entry: CatalogueEntry<K>): Promise<PutOutcome> {
    return this.#sql.transaction((tx) => putEntry(tx, stationId, kind, entry));
  }

  /** False when there was no such entry. */
  async delete(stationId: string, kind: CatalogueKind, id: string): Promise<boolean> {
    const t = catalogueTable(kind);
    const p = this.#sql.p;
    return (await this.#sql.run(`DELETE FROM ${t.table} WHERE station_id = ${p(1)} AND id = ${p(2)}`, [stationId, id])) > 0;
  }
}
