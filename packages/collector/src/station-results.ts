import type { LevelCounts } from '@manyi/core';
import { ApiError } from './errors.js';
import type { ResultFigures, StationResults } from './schemas/public.js';
import { type StatsGroupFigures, stationStats } from './stats.js';
import type { Store } from './store/store.js';

const levelsOf = (l: LevelCounts): ResultFigures['levels'] => ({ 1: l[1], 2: l[2], 3: l[3], 4: l[4], 5: l[5] });
const published = (g: StatsGroupFigures): ResultFigures => ({
  levels: levelsOf(g.levels),
  total: g.total,
  goodReviewRate: g.goodReviewRate,
  badReviewCount: g.badReviewCount,
});
const nobody: ResultFigures = { levels: { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 }, total: 0, goodReviewRate: null, badReviewCount: 0 };

/**
 * `GET /api/v1/public/stations/{stationId}/results?month=YYYY-MM` (a checked month): the month's figures as the hall
 * publishes them (公示), overall and per window — every window the station lists, rated or not,
 * plus any window since removed that still has ratings that month. Counted like the admin stats.
 */
export async function stationMonthlyResults(store: Store, stationId: string, month: string, now = new Date()): Promise<StationResults> {
  const station = await store.stations.get(stationId);
  if (!station) throw new ApiError(404, 'station-not-found', `no station "${stationId}"`);
  const [year, monthNumber] = month.split('-').map(Number) as [number, number];
  const lastDay = new Date(Date.UTC(year, monthNumber, 0)).getUTCDate();
  const stats = await stationStats(store, { station: stationId, from: `${month}-01`, to: `${month}-${lastDay}`, by: 'window' });
  const byWindow = new Map(stats.groups.map((g) => [g.key, g]));
  const listed = (await store.catalogue.list(stationId, 'windows')).map((w) => ({ windowId: w.id, windowName: w.name }));
  const removed = stats.groups.filter((g) => !listed.some((w) => w.windowId === g.key)).map((g) => ({ windowId: g.key, windowName: null }));
  const figuresOf = (windowId: string | null) => {
    const group = byWindow.get(windowId);
    return group ? published(group) : nobody;
  };
  const to = stats.to ?? '';
  return {
    stationId,
    stationName: station.name,
    month,
    from: stats.from ?? '',
    to,
    complete: now.getTime() >= Date.parse(to),
    overall: published(stats.overall),
    windows: [...listed, ...removed].map((w) => ({ ...w, ...figuresOf(w.windowId) })),
  };
}
