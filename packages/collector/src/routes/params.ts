import type { Context } from 'hono';
import type { AppEnv as Env } from '../env.js';
import { ApiError } from '../errors.js';
import { bound } from '../stats.js';
import type { Store } from '../store/store.js';

/** `from`/`to` as in stats: a date is the station's day, `to` includes its whole day. */
export const timeRange = (q: { from?: string; to?: string }) => ({ from: bound(q.from, false), to: bound(q.to, true) });

/** `from`/`to` as in `timeRange`; a side left out ends now or starts 30 days before the end. */
export function periodOrLast30Days(q: { from?: string; to?: string }): { from: string; to: string } {
  const range = timeRange(q);
  const to = range.to ?? new Date().toISOString();
  return { from: range.from ?? new Date(Date.parse(to) - 30 * 86_400_000).toISOString(), to };
}

/** The path's station id, once the station is known to exist. */
export async function existingStationParam(store: Store, c: Context<Env>): Promise<string> {
  const id = c.req.param('stationId') ?? '';
  if (!(await store.stations.get(id))) throw new ApiError(404, 'station-not-found', `no station "${id}"`);
  return id;
}
