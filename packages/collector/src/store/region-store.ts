import { type Region, wouldLoop } from '@manyi/core';
import { REGION_COLUMNS, type RegionRow, regionFromRow, regionValues } from './region-rows.js';
import type { Sql } from './sql/port.js';
import type { PutOutcome } from './store.js';
import { isTrue } from './values.js';

/** Why a region was not put: its parent does not exist, or it would lie inside itself. */
export type RegionPutOutcome = PutOutcome | 'unknown-parent' | 'loop';

/** `in-use`: stations or other regions still lie in it; nothing deleted. */
export type RegionDeleteOutcome = 'deleted' | 'not-found' | 'in-use';

/**
 * The region tree above the stations (province → city → county → …). Small (a province has a few
 * thousand at most), so callers read it whole and walk it with @manyi/core's region functions.
 */
export class RegionStore {
  readonly #sql: Sql;

  constructor(sql: Sql) {
    this.#sql = sql;
  }

  /** Every region, ordered by id (bytewise, the same in both databases). */
  list(): Promise<Region[]> {
    return listRegions(this.#sql);
  }

  /**
   * Inserts or replaces, checking parent and loops in the same transaction as the write; the
   * regions are held for it, so two moves at once cannot close a loop between them.
   */
  put(region: Region): Promise<RegionPutOutcome> {
    return this.#sql.transaction(async (tx) => {
      await tx.exclusive('regions');
      const regions = await listRegions(tx);
      if (region.parentId !== undefined && !regions.some((r) => r.id === region.parentId)) return 'unknown-parent';
      if (wouldLoop(regions, region.id, region.parentId)) return 'loop';
      const existed = regions.some((r) => r.id === region.id);
      const p = tx.p;
      await tx.run(
        `INSERT INTO regions (${REGION_COLUMNS}, created_at) VALUES (${p(1)}, ${p(2)}, ${p(3)}, ${p(4)}, ${p(5)})
         ON CONFLICT (id) DO UPDATE SET name = excluded.name, code = excluded.code, parent_id = excluded.parent_id`,
        [...regionValues(region), new Date().toISOString()],
      );
      return existed ? 'updated' : 'created';
    });
  }

  async delete(id: string): Promise<RegionDeleteOutcome> {
    try {
      return await this.#sql.transaction(async (tx) => {
        // Held, so that no subregion is put under it meanwhile.
        await tx.exclusive('regions');
        const p = tx.p;
        const found = await tx.get(
          `SELECT EXISTS (SELECT 1 FROM regions WHERE id = ${p(1)}) AS found,
             EXISTS (SELECT 1 FROM stations WHERE region_id = ${p(1)}) OR EXISTS (SELECT 1 FROM regions WHERE parent_id = ${p(1)}) AS used`,
          [id],
        );
        if (!isTrue(found?.found)) return 'not-found';
        if (isTrue(found?.used)) return 'in-use';
        await tx.run(`DELETE FROM regions WHERE id = ${p(1)}`, [id]);
        return 'deleted';
      });
    } catch (error) {
      // A station placed in it by another collector between the check and the delete.
      if (this.#sql.isForeignKeyViolation(error)) return 'in-use';
      throw error;
    }
  }
}

async function listRegions(sql: Sql): Promise<Region[]> {
  const rows = await sql.all(`SELECT ${REGION_COLUMNS} FROM regions ORDER BY ${sql.bytewise('id')}`);
  return rows.map((row) => regionFromRow(row as unknown as RegionRow));
}
