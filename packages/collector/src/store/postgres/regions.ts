import { type Region, wouldLoop } from '@manyi/core';
import { REGION_COLUMNS, type RegionRow, regionFromRow, regionValues } from '../region-rows.js';
import type { RegionDeleteOutcome, RegionPutOutcome } from '../region-store.js';
import type { Queryable } from './catalogue.js';

/** Regions in PostgreSQL. Ids sort with COLLATE "C", as SQLite sorts them. */
export async function listRegions(db: Queryable): Promise<Region[]> {
  const { rows } = await db.query<RegionRow>(`SELECT ${REGION_COLUMNS} FROM regions ORDER BY id COLLATE "C"`);
  return rows.map(regionFromRow);
}

/**
 * Inside a transaction: the table lock makes the loop check and the write one step for every
 * collector on the database, so two moves at once cannot close a loop between them.
 */
export async function putRegion(db: Queryable, region: Region): Promise<RegionPutOutcome> {
  await db.query('LOCK TABLE regions IN SHARE ROW EXCLUSIVE MODE');
  const regions = await listRegions(db);
  if (region.parentId !== undefined && !regions.some((r) => r.id === region.parentId)) return 'unknown-parent';
  if (wouldLoop(regions, region.id, region.parentId)) return 'loop';
  const existed = regions.some((r) => r.id === region.id);
  await db.query(
    `INSERT INTO regions (${REGION_COLUMNS}, created_at) VALUES ($1, $2, $3, $4, now())
     ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name, code = EXCLUDED.code, parent_id = EXCLUDED.parent_id`,
    regionValues(region),
  );
  return existed ? 'updated' : 'created';
}

/** Inside a transaction; the lock keeps a subregion from being put under it meanwhile. */
export async function deleteRegion(db: Queryable, id: string): Promise<RegionDeleteOutcome> {
  await db.query('LOCK TABLE regions IN SHARE ROW EXCLUSIVE MODE');
  const { rows } = await db.query<{ found: boolean; used: boolean }>(
    `SELECT EXISTS (SELECT 1 FROM regions WHERE id = $1) AS found,
            EXISTS (SELECT 1 FROM stations WHERE region_id = $1) OR EXISTS (SELECT 1 FROM regions WHERE parent_id = $1) AS used`,
    [id],
  );
  if (!rows[0]?.found) return 'not-found';
  if (rows[0].used) return 'in-use';
  await db.query('DELETE FROM regions WHERE id = $1', [id]);
  return 'deleted';
}
