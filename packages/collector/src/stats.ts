import {
  badReviewCount,
  describeIssues,
  goodReviewRate,
  type LevelCounts,
  type NationalLevel,
  type StatsGroup,
  StatsQuerySchema,
  totalRatings,
} from '@manyi/core';
import { startOfLocalDay } from './clock.js';
import { ApiError } from './errors.js';
import type { Store } from './store/store.js';

export interface StatsGroupFigures {
  key: string | null;
  levels: LevelCounts;
  total: number;
  goodReviewRate: number | null;
  badReviewCount: number;
}

export interface StatsAnswer {
  station: string;
  from: string | null;
  to: string | null;
  by: StatsGroup | null;
  groups: StatsGroupFigures[];
  overall: StatsGroupFigures;
}

/** A `from`/`to` date means the station's local calendar day; `to` includes its whole day. */
function bound(value: string | undefined, inclusiveDay: boolean): string | undefined {
  if (value === undefined) return undefined;
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    const start = startOfLocalDay(value);
    return new Date(start.getTime() + (inclusiveDay ? 86_400_000 : 0)).toISOString();
  }
  return new Date(value).toISOString();
}

function figures(key: string | null, levels: LevelCounts): StatsGroupFigures {
  const total = totalRatings(levels);
  return { key, levels, total, goodReviewRate: goodReviewRate(levels), badReviewCount: badReviewCount(levels) };
}

const emptyCounts = (): LevelCounts => ({ 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 });

/** `GET /api/v1/admin/stats`: counts per national level, good-review rate and bad reviews per group. */
export async function stationStats(store: Store, query: Record<string, string>): Promise<StatsAnswer> {
  const parsed = StatsQuerySchema.safeParse(query);
  if (!parsed.success) throw new ApiError(400, 'invalid-query', describeIssues(parsed.error.issues));
  const q = parsed.data;
  if (!(await store.getStation(q.station))) throw new ApiError(404, 'station-not-found', `no station "${q.station}"`);
  const from = bound(q.from, false);
  const to = bound(q.to, true);
  const rows = await store.ratingCounts({ stationId: q.station, from, to, by: q.by });
  const byKey = new Map<string | null, LevelCounts>();
  const overall = emptyCounts();
  for (const row of rows) {
    const counts = byKey.get(row.key) ?? emptyCounts();
    counts[row.level as NationalLevel] += row.count;
    overall[row.level as NationalLevel] += row.count;
    byKey.set(row.key, counts);
  }
  return {
    station: q.station,
    from: from ?? null,
    to: to ?? null,
    by: q.by ?? null,
    groups: q.by ? [...byKey].map(([key, counts]) => figures(key, counts)) : [],
    overall: figures(null, overall),
  };
}
