import type { Station, StationPatch } from '@manyi/core';
import { putEntry } from './catalogue-store.js';
import { type StationRow, stationFromRow } from './rows.js';
import type { Sql } from './sql/port.js';
import { STATION_HISTORY_SQL, STATION_OWNED_TABLES } from './station-deletion.js';
import { CATALOGUE_KINDS, type NewStation, type StationDeleteOutcome } from './store.js';
import { isTrue } from './values.js';

/** Stations' settings and region; their catalogues live in catalogue-store.ts. */
export class StationStore {
  readonly #sql: Sql;

  constructor(sql: Sql) {
    this.#sql = sql;
  }

  async get(id: string): Promise<Station | undefined> {
    const row = await this.#sql.get(`SELECT * FROM stations WHERE id = ${this.#sql.p(1)}`, [id]);
    return row ? stationFromRow(row as unknown as StationRow) : undefined;
  }

  /** Every station's settings and region, ordered by id (bytewise, the same in both databases). */
  async list(): Promise<Station[]> {
    const rows = await this.#sql.all(`SELECT * FROM stations ORDER BY ${this.#sql.bytewise('id')}`);
    return rows.map((row) => stationFromRow(row as unknown as StationRow));
  }

  /** Creates the station and its catalogue atomically; false (and nothing written) when the id is taken. The region must exist. */
  create(s: NewStation): Promise<boolean> {
    return this.#sql.transaction(async (tx) => {
      const p = tx.p;
      const created = await tx.run(
        `INSERT INTO stations (id, name, scale, cooldown_ms, thank_you_ms, idle_reset_ms, region_id, created_at)
         VALUES (${p(1)}, ${p(2)}, ${p(3)}, ${p(4)}, ${p(5)}, ${p(6)}, ${p(7)}, ${p(8)}) ON CONFLICT (id) DO NOTHING`,
        [s.id, s.name, s.scale, s.cooldownMs, s.thankYouMs, s.idleResetMs, s.regionId ?? null, new Date().toISOString()],
      );
      if (created === 0) return false;
      for (const kind of CATALOGUE_KINDS) for (const entry of s[kind] ?? []) await putEntry(tx, s.id, kind, entry);
      return true;
    });
  }

  /** Changes the settings the patch names (a `regionId` of null takes the station out of its region). */
  async update(id: string, patch: StationPatch): Promise<Station | undefined> {
    const p = this.#sql.p;
    const row = await this.#sql.get(
      `UPDATE stations SET name = COALESCE(${p(2)}, name), scale = COALESCE(${p(3)}, scale),
         cooldown_ms = COALESCE(${p(4)}, cooldown_ms), thank_you_ms = COALESCE(${p(5)}, thank_you_ms),
         idle_reset_ms = COALESCE(${p(6)}, idle_reset_ms), region_id = CASE WHEN ${p(7)} THEN ${p(8)} ELSE region_id END
       WHERE id = ${p(1)} RETURNING *`,
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
    return row ? stationFromRow(row as unknown as StationRow) : undefined;
  }

  /**
   * Deletes a station that never had a record or an enrolled tablet (one made by mistake), with
   * its catalogue, enrollment codes and the settings under `settingKeys`; one that did is kept for
   * its history (`in-use`).
   */
  delete(id: string, settingKeys: readonly string[]): Promise<StationDeleteOutcome> {
    return this.#sql.transaction(async (tx) => {
      const p = tx.p;
      // The row lock makes a tablet enrolling at this moment wait, then find no station.
      if (!(await tx.get(`SELECT 1 FROM stations WHERE id = ${p(1)}${tx.forUpdate}`, [id]))) return 'not-found';
      if (isTrue((await tx.get(STATION_HISTORY_SQL(p(1)), [id]))?.used)) return 'in-use';
      for (const table of STATION_OWNED_TABLES) await tx.run(`DELETE FROM ${table} WHERE station_id = ${p(1)}`, [id]);
      await tx.run(`DELETE FROM settings WHERE ${tx.inList('key', p(1))}`, [settingKeys]);
      await tx.run(`DELETE FROM stations WHERE id = ${p(1)}`, [id]);
      return 'deleted';
    });
  }
}
