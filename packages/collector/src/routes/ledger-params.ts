import { describeIssues } from '@manyi/core';
import type { Context } from 'hono';
import type { AppEnv as Env } from '../env.js';
import { ApiError } from '../errors.js';
import { bound } from '../stats.js';
import type { Store } from '../store/store.js';

/** A query string checked against its schema: a 400 naming each field that is wrong. */
export function parsedQuery<T>(
  c: Context<Env>,
  schema: { safeParse(v: unknown): { success: true; data: T } | { success: false; error: { issues: unknown[] } } },
): T {
  const parsed = schema.safeParse(c.req.query());
  if (!parsed.success)
    throw new ApiError(400, 'invalid-query', describeIssues(parsed.error.issues as Parameters<typeof describeIssues>[0]));
  return parsed.data;
}

/** `from`/`to` as in stats: a date is the station's day, `to` includes its whole day. */
export const timeRange = (q: { from?: string; to?: string }) => ({ from: bound(q.from, false), to: bound(q.to, true) });

/** The path's station id, once the station is known to exist. */
export async function existingStationParam(store: Store, c: Context<Env>): Promise<string> {
  const id = c.req.param('stationId') ?? '';
  if (!(await store.stations.get(id))) throw new ApiError(404, 'station-not-found', `no station "${id}"`);
  return id;
}
