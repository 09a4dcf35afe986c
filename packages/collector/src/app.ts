import type { DeviceConfig, ErrorBody } from '@manyi/core';
import { Hono, type MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { HTTPException } from 'hono/http-exception';
import { readCatalogue } from './catalogue.js';
import { bearerToken, hashSecret, secretMatches } from './credentials.js';
import { enrollDevice } from './enrollment.js';
import type { AppEnv as Env } from './env.js';
import { ApiError } from './errors.js';
import { ingestBatch } from './ingest.js';
import type { Logger } from './log.js';
import { adminCatalogueRoutes } from './routes/admin-catalogue.js';
import { adminStationRoutes } from './routes/admin-stations.js';
import { jsonBody } from './routes/json-body.js';
import { mountStatic, type StaticRoots } from './static.js';
import { stationStats } from './stats.js';
import type { Store } from './store/store.js';

export const MAX_BODY_BYTES = 1024 * 1024;

export interface AppOptions {
  store: Store;
  /** SHA-256 of the admin token. */
  adminTokenHash: string;
  log: Logger;
  staticRoots?: StaticRoots;
}

/** The collector's HTTP interface: the API under /api/v1, health, and the static apps. */
export function createApp({ store, adminTokenHash, log, staticRoots }: AppOptions): Hono<Env> {
  const app = new Hono<Env>();

  app.use(async (c, next) => {
    const started = performance.now();
    await next();
    // The path only: query strings can carry enrollment codes.
    log.info('request', { method: c.req.method, path: c.req.path, status: c.res.status, ms: Math.round(performance.now() - started) });
  });

  app.use(
    '/api/*',
    bodyLimit({
      maxSize: MAX_BODY_BYTES,
      onError: () => {
        throw new ApiError(413, 'body-too-large', `the request body is larger than ${MAX_BODY_BYTES} bytes; send fewer records per batch`);
      },
    }),
  );

  const requireAdmin: MiddlewareHandler<Env> = async (c, next) => {
    const token = bearerToken(c.req.header('authorization'));
    if (!token || !secretMatches(token, adminTokenHash)) {
      throw new ApiError(401, 'unauthorized', 'send the admin token as "Authorization: Bearer <token>"');
    }
    await next();
  };

  const requireDevice: MiddlewareHandler<Env> = async (c, next) => {
    const token = bearerToken(c.req.header('authorization'));
    const device = token ? await store.deviceByTokenHash(hashSecret(token)) : undefined;
    if (!device) throw new ApiError(401, 'device-not-enrolled', 'this device is not enrolled or was revoked; enrol it again');
    c.set('device', device);
    await next();
  };

  app.get('/healthz', async (c) => {
    await store.ping();
    return c.json({ status: 'ok' });
  });

  const api = new Hono<Env>();

  api.post('/devices/enroll', async (c) => c.json(await enrollDevice(store, await jsonBody(c)), 201));

  api.get('/devices/me/config', requireDevice, async (c) => {
    const device = c.get('device');
    const station = await store.getStation(device.stationId);
    if (!station) throw new ApiError(404, 'station-not-found', 'the station this device was enrolled at no longer exists');
    return c.json<DeviceConfig>({ deviceId: device.id, station, ...(await readCatalogue(store, station.id)) });
  });

  api.post('/records/batch', requireDevice, async (c) => {
    return c.json({ results: await ingestBatch(store, c.get('device'), await jsonBody(c)) });
  });

  api.use('/admin/*', requireAdmin);

  api.route('/admin/stations', adminStationRoutes(store));
  api.route('/admin/stations', adminCatalogueRoutes(store));
  api.get('/admin/stats', async (c) => c.json(await stationStats(store, c.req.query())));

  app.route('/api/v1', api);
  if (staticRoots) mountStatic(app, staticRoots);

  app.notFound((c) => c.json<ErrorBody>({ error: { code: 'not-found', message: `nothing at ${c.req.method} ${c.req.path}` } }, 404));

  app.onError((error, c) => {
    if (error instanceof ApiError) return c.json<ErrorBody>({ error: { code: error.code, message: error.message } }, error.status);
    if (error instanceof HTTPException && error.status < 500) {
      return c.json<ErrorBody>({ error: { code: 'bad-request', message: error.message || 'bad request' } }, error.status);
    }
    log.error('unhandled error', { method: c.req.method, path: c.req.path, error: error instanceof Error ? error.message : String(error) });
    return c.json<ErrorBody>(
      { error: { code: 'internal', message: 'the collector failed to handle this request; it has been logged' } },
      500,
    );
  });

  return app;
}
