import { Hono } from 'hono';
import type { AppEnv as Env } from '../env.js';
import { auditNotices } from '../notice-audit.js';
import { RecordRangeQuerySchema } from '../schemas/ledger.js';
import type { Store } from '../store/store.js';
import { parsedQuery, timeRange } from './ledger-params.js';

/** The one-time-notice audit (一次性告知); mounted at `/admin/notices` behind the admin token. */
export function adminNoticeRoutes(store: Store): Hono<Env> {
  const routes = new Hono<Env>();
  routes.get('/audit', async (c) => {
    const q = parsedQuery(c, RecordRangeQuerySchema);
    return c.json({ findings: auditNotices(await store.cases.listNotices({ stationId: q.station, ...timeRange(q) })) });
  });
  return routes;
}
