import { type Context, Hono } from 'hono';
import type { AppEnv as Env } from '../env.js';
import { ApiError } from '../errors.js';
import { LateRecordsQuerySchema } from '../schemas/late.js';
import type { Store } from '../store/store.js';
import { existingStationParam, parsedQuery, timeRange } from './ledger-params.js';

const DAY_MS = 86_400_000;

/**
 * Late ratings (made in a month already published, or too long before they arrived): stored,
 * counted nowhere until a manager accepts one, which may be taken back. Mounted at
 * `/admin/stations` behind the admin token.
 */
export function adminLateRoutes(store: Store): Hono<Env> {
  const routes = new Hono<Env>();

  routes.get('/:stationId/late-records', async (c) => {
    const stationId = await existingStationParam(store, c);
    const q = parsedQuery(c, LateRecordsQuerySchema);
    const late = await store.records.listLate({ stationId, ...timeRange(q) });
    return c.json({
      records: late.map(({ level, ...r }) => ({
        ...r,
        ...(level === null ? {} : { level }),
        lateByDays: Math.floor((Date.parse(r.receivedAt) - Date.parse(r.createdAt)) / DAY_MS),
      })),
    });
  });

  const review = (accept: boolean) => async (c: Context<Env>) => {
    const stationId = await existingStationParam(store, c);
    const id = c.req.param('recordId') ?? '';
    const outcome = await store.records.reviewLate(stationId, id, accept, new Date().toISOString());
    if (outcome === 'not-found') throw new ApiError(404, 'record-not-found', `no record with id ${id} at this station`);
    if (outcome === 'not-late') throw new ApiError(409, 'not-late', `record ${id} arrived in time, so it always counts`);
    return c.json({ id, status: outcome });
  };
  routes.post('/:stationId/late-records/:recordId/accept', review(true));
  routes.post('/:stationId/late-records/:recordId/exclude', review(false));

  return routes;
}
