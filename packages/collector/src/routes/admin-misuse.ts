import { type Context, Hono } from 'hono';
import type { AppEnv as Env } from '../env.js';
import { ApiError } from '../errors.js';
import { RecordRangeQuerySchema } from '../schemas/ledger.js';
import type { Store } from '../store/store.js';
import { parsedQuery, timeRange } from './ledger-params.js';

/**
 * Misuse (误触) review: records a device flagged as a burst are kept but left out of the figures;
 * a manager may count one again and take that back. Mounted at `/admin` behind the admin token.
 */
export function adminMisuseRoutes(store: Store): Hono<Env> {
  const routes = new Hono<Env>();

  routes.get('/misuse', async (c) => {
    const q = parsedQuery(c, RecordRangeQuerySchema);
    const entries = await store.cases.listMisuse({ stationId: q.station, ...timeRange(q) });
    return c.json({
      records: entries.map((e) => ({
        id: e.id,
        kind: e.kind,
        stationId: e.stationId,
        windowId: e.windowId,
        ...(e.level === null ? {} : { level: e.level }),
        createdAt: e.createdAt,
        flag: e.restored ? 'restored' : 'excluded',
      })),
    });
  });

  const review = (restored: boolean) => async (c: Context<Env>) => {
    const id = c.req.param('recordId') ?? '';
    const outcome = await store.cases.reviewMisuse(id, restored, new Date().toISOString());
    if (outcome === 'not-found') throw new ApiError(404, 'record-not-found', `no record with id ${id}`);
    if (outcome === 'not-flagged') {
      throw new ApiError(409, 'not-flagged-as-misuse', `record ${id} was not flagged as misuse on its device, so it always counts`);
    }
    return c.json({ id, restored });
  };
  routes.post('/records/:recordId/restore', review(true));
  routes.post('/records/:recordId/exclude', review(false));

  return routes;
}
