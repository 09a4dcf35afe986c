import type { DatabaseSync } from 'node:sqlite';
import { type Region, wouldLoop } from '@manyi/core';
import { REGION_COLUMNS, type RegionRow, regionFromRow, regionValues } from '../region-rows.js';
import type { RegionDeleteOutcome, RegionPutOutcome } from '../region-store.js';

/** Regions in SQLite; the put and delete run inside the caller's write transaction. */
export function listRegions(db: DatabaseSync): Region[] {
  return db
    .prepare(`SELECT ${REGION_COLUMNS} FROM regions ORDER BY id`)
    .all()
    .map((row) => regionFromRow(row as unknown as RegionRow));
}

export function putRegion(db: DatabaseSync, region: Region): RegionPutOutcome {
  const regions = listRegions(db);
  if (region.parentId !== undefined && !regions.some((r) => r.id === region.parentId)) return 'unknown-parent';
  if (wouldLoop(regions, region.id, region.parentId)) return 'loop';
  const existed = regions.some((r) => r.id === region.id);
  db.prepare(
    `INSERT INTO regions (${REGION_COLUMNS}, created_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (id) DO UPDATE SET name = excluded.name, code = excluded.code, parent_id = excluded.parent_id`,
  ).run(...regionValues(region), new Date().toISOString());
  return existed ? 'updated' : 'created';
}

export function deleteRegion(db: DatabaseSync, id: string): RegionDeleteOutcome {
  if (!db.prepare('SELECT 1 FROM regions WHERE id = ?').get(id)) return 'not-found';
  const used =
    db.prepare('SELECT 1 FROM stations WHERE region_id = ? LIMIT 1').get(id) ??
    db.prepare('SELECT 1 FROM regions WHERE parent_id = ? LIMIT 1').get(id);
  if (used) return 'in-use';
  db.prepare('DELETE FROM regions WHERE id = ?').run(id);
  return 'deleted';
}
