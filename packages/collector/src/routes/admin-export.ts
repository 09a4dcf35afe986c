import { Hono } from 'hono';
import type { AppEnv as Env } from '../env.js';
import { exportCsv, exportFileName, exportRequest, exportsPersonalData } from '../export/export.js';
import type { Logger } from '../log.js';
import type { Store } from '../store/store.js';

/** `GET /export.csv`: a station's ratings or complaints as a spreadsheet; mounted at `/admin` behind the admin token. */
export function adminExportRoutes(store: Store, log: Logger): Hono<Env> {
  const routes = new Hono<Env>();
  routes.get('/export.csv', async (c) => {
    const request = await exportRequest(store, c.req.query());
    if (exportsPersonalData(request)) {
      // Who exported what, never the data itself.
      const { stationId, kind, from, to } = request;
      log.info('personal data exported', { station: stationId, kind, from: from ?? null, to: to ?? null, via: 'api' });
    }
    const body = ReadableStream.from(exportCsv(store, request)).pipeThrough(new TextEncoderStream());
    return c.body(body, 200, {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${exportFileName(request)}"`,
      'Cache-Control': 'no-store',
    });
  });
  return routes;
}
