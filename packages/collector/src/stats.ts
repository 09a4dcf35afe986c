import {
  badReviewCount,
  goodReviewRate,
  type LevelCounts,
  type NationalLevel,
  type StatsGroup,
  type StatsQuery,
  totalRatings,
} from '@manyi/core';
import { isPlausible, startOfLocalDay } from './clock.js';
import { ApiError } from './errors.js';
import { stationsOfRegion } from './region-stations.js';
import type { Store } from './store/store.js';

export interface StatsGroupFigures {
  key: string | null;
  levels: LevelCounts;
  total: number;
  goodReviewRate: number | null;
  badReviewCount: number;
}

export interface StatsAnswer {
  /** The station asked for, or null when a region was. */
  station: string | null;
  /** The region asked for, or null when a station was. */
  region: string | null;
  /** The stations counted: the one asked for, or every station within the region and its subregions. */
  stations: string[];
  from: string | null;
  to: string | null;
  by: StatsGroup | null;
  groups: StatsGroupFigures[];
  overall: StatsGroupFigures;
}

/**
 * A `from`/`to` date means the station's local calendar day; `to` includes its whole day. Bounds
 * outside 2000–9999 are refused: no record lies there, and PostgreSQL cannot read every such year.
 */
export function bound(value: string | undefined, inclusiveDay: boolean, name = inclusiveDay ? 'to' : 'from'): string | undefined {
  if (value === undefined) return undefined;
  const instant = /^\d{4}-\d{2}-\d{2}$/.test(value)
    ? new Date(startOfLocalDay(value).getTime() + (inclusiveDay ? 86_400_000 : 0))
    : new Date(value);
  if (!isPlausible(instant)) throw new ApiError(400, 'invalid-query', `${name}: must fall between the years 2000 and 9999`);
  return instant.toISOString();
}

function figures(key: string | null, levels: LevelCounts): StatsGroupFigures {
  const total = totalRatings(levels);
  return { key, levels, total, goodReviewRate: goodReviewRate(levels), badReviewCount: badReviewCount(levels) };
}

const emptyCounts = (): LevelCounts => ({ 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 });

async function oneStation(store: Store, stationId: string): Promise<string[]> {
  if (!(await store.stations.get(stationId))) throw new ApiError(404, 'station-not-found', `no station "${stationId}"`);
  return [stationId];
}

/** `GET /api/v1/admin/stats` (a checked query): counts per national level, good-review rate and bad reviews per group. */
export async function stationStats(store: Store, q: StatsQuery): Promise<StatsAnswer> {
  const stationIds =
    q.station !== undefined ? await oneStation(store, q.station) : (await stationsOfRegion(store, q.region ?? '')).map((s) => s.id);
  const from = bound(q.from, false);
  const to = bound(q.to, true);
  const rows = stationIds.length > 0 ? await store.records.ratingCounts({ stationIds, from, to, by: q.by }) : [];
  const byKey = new Map<string | null, LevelCounts>();
  const overall = emptyCounts();
  for (const row of rows) {
    const counts = byKey.get(row.key) ?? emptyCounts();
    counts[row.level as NationalLevel] += row.count;
    overall[row.level as NationalLevel] += row.count;
    byKey.set(row.key, counts);
  }
  return {
    station: q.station ?? null,
    region: q.region ?? null,
    stations: stationIds,
    from: from ?? null,
    to: to ?? null,
    by: q.by ?? null,
    groups: q.by ? [...byKey].map(([key, counts]) => figures(key, counts)) : [],
    overall: figures(null, overall),
  };
}
