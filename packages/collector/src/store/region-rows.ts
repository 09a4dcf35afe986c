import type { Region } from '@manyi/core';

/** A region's row, the same columns in both databases. */
export interface RegionRow {
  id: string;
  name: string;
  code: string | null;
  parent_id: string | null;
}

export const REGION_COLUMNS = 'id, name, code, parent_id';

export function regionFromRow(row: RegionRow): Region {
  return {
    id: row.id,
    name: row.name,
    ...(row.code !== null ? { code: row.code } : {}),
    ...(row.parent_id !== null ? { parentId: row.parent_id } : {}),
  };
}

export function regionValues(r: Region): [string, string, string | null, string | null] {
  return [r.id, r.name, r.code ?? null, r.parentId ?? null];
}
