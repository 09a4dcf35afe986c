import { catalogueTable, entryFromRow } from './catalogue-tables.js';
import type { Sql } from './sql/port.js';
import type { CatalogueEntry, CatalogueKind, PutOutcome } from './store.js';
import { iso } from './values.js';

/** When (epoch ms) each window, staff member and service item a station ever listed was removed; null: still listed. */
export type CatalogueHistory = Record<'windows' | 'staff' | 'serviceItems', Map<string, number | null>>;

/**
 * Inserts or replaces a catalogue entry inside the caller's transaction. The insert answers
 * whether the entry is new; if it was listed the update replaces it, if it was removed the update
 * lists it again as new (and should another collector change it in between, the insert is tried
 * again), so the answer is exact in both databases.
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
  const update = (removed: boolean) =>
    `UPDATE ${t.table} SET ${t.columns
      .slice(1)
      .map((c, i) => `${c} = ${p(i + 3)}`)
      .join(', ')}, removed_at = NULL WHERE station_id = ${p(1)} AND id = ${p(2)} AND removed_at IS ${removed ? 'NOT NULL' : 'NULL'}`;
  for (;;) {
    if ((await tx.run(insert, values)) === 1) return 'created';
    if ((await tx.run(update(false), values)) === 1) return 'updated';
    if ((await tx.run(update(true), values)) === 1) return 'created';
  }
}

/**
 * A station's windows, staff, service items and commitments, each kind in its own table. Removing
 * an entry only marks it removed: records made while it was listed still name it (ingest checks
 * them against the catalogue as it was then), and putting the id again lists it anew.
 */
export class CatalogueStore {
  readonly #sql: Sql;

  constructor(sql: Sql) {
    this.#sql = sql;
  }

  /** A station's entries of one kind, ordered by id (bytewise, the same in both databases). */
  async list<K extends CatalogueKind>(stationId: string, kind: K): Promise<CatalogueEntry<K>[]> {
    const t = catalogueTable(kind);
    const rows = await this.#sql.all(
      `SELECT ${t.columns.join(', ')} FROM ${t.table} WHERE station_id = ${this.#sql.p(1)} AND removed_at IS NULL ORDER BY ${this.#sql.bytewise('id')}`,
      [stationId],
    );
    return rows.map((row) => entryFromRow(kind, row));
  }

  async get<K extends CatalogueKind>(stationId: string, kind: K, id: string): Promise<CatalogueEntry<K> | undefined> {
    const t = catalogueTable(kind);
    const p = this.#sql.p;
    const row = await this.#sql.get(
      `SELECT ${t.columns.join(', ')} FROM ${t.table} WHERE station_id = ${p(1)} AND id = ${p(2)} AND removed_at IS NULL`,
      [stationId, id],
    );
    return row ? entryFromRow(kind, row) : undefined;
  }

  /** Inserts or replaces the entry with this id; the station must exist. */
  put<K extends CatalogueKind>(stationId: string, kind: K, entry: CatalogueEntry<K>): Promise<PutOutcome> {
    return this.#sql.transaction((tx) => putEntry(tx, stationId, kind, entry));
  }

  /** Marks the entry removed as of `at`; false when no such entry is listed. */
  async delete(stationId: string, kind: CatalogueKind, id: string, at = new Date().toISOString()): Promise<boolean> {
    const t = catalogueTable(kind);
    const p = this.#sql.p;
    const sql = `UPDATE ${t.table} SET removed_at = ${this.#sql.time(p(3))} WHERE station_id = ${p(1)} AND id = ${p(2)} AND removed_at IS NULL`;
    return (await this.#sql.run(sql, [stationId, id, at])) > 0;
  }

  /** Every window, staff member and service item the station ever listed, with when it was removed; one query. */
  async history(stationId: string): Promise<CatalogueHistory> {
    const p = this.#sql.p(1);
    const rows = await this.#sql.all(
      `SELECT 'windows' AS kind, id, removed_at FROM windows WHERE station_id = ${p}
       UNION ALL SELECT 'staff', id, removed_at FROM staff WHERE station_id = ${p}
       UNION ALL SELECT 'serviceItems', id, removed_at FROM service_items WHERE station_id = ${p}`,
      [stationId],
    );
    const history: CatalogueHistory = { windows: new Map(), staff: new Map(), serviceItems: new Map() };
    for (const row of rows) {
      const removedAt = iso(row.removed_at);
      history[row.kind as keyof CatalogueHistory].set(String(row.id), removedAt === null ? null : Date.parse(removedAt));
    }
    return history;
  }
}
