import type { DeviceConfig, ErrorBody } from '@manyi/core';
import { Hono, type MiddlewareHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { type AccessLimitOptions, accessGuards } from './access-limits.js';
import { limitBody } from './body-limit.js';
import { readCatalogue } from './catalogue.js';
import { bearerToken, hashSecret } from './credentials.js';
import { enrollDevice } from './enrollment.js';
import type { AppEnv as Env } from './env.js';
import { ApiError } from './errors.js';
import { healthRoutes, type MetricsAccess } from './health-routes.js';
import { ingestBatch, recordKinds } from './ingest.js';
import { kioskPinHashOf } from './kiosk-pin.js';
import type { Logger } from './log.js';
import { CollectorMetrics } from './metrics.js';
import { apiDocument } from './openapi.js';
import { requestIds } from './request-id.js';
import { adminCaseRoutes } from './routes/admin-cases.js';
import { adminCatalogueRoutes } from './routes/admin-catalogue.js';
import { adminComplaintRoutes } from './routes/admin-complaints.js';
import { adminDeviceRoutes } from './routes/admin-devices.js';
import { adminExportRoutes } from './routes/admin-export.js';
import { adminLateRoutes } from './routes/admin-late.js';
import { adminMisuseRoutes } from './routes/admin-misuse.js';
import { adminNoticeRoutes } from './routes/admin-notices.js';
import { adminRegionRoutes } from './routes/admin-regions.js';
import { adminStandingRoutes } from './routes/admin-standing.js';
import { adminStationRoutes } from './routes/admin-stations.js';
import { jsonBody } from './routes/json-body.js';
import { type PublicChannelOptions, publicRoutes } from './routes/public.js';
import { mountStatic, type StaticRoots } from './static.js';
import { stationStats } from './stats.js';
import type { Device, Store } from './store/store.js';
import { refuseNulInUrl } from './text-safety.js';

export const MAX_BODY_BYTES = 1024 * 1024;

const PROBES = new Set(['/healthz', '/readyz', '/metrics']);
const STATIC_APPS = /^\/(kiosk|admin|examples)(\/|$)/;

/** Answers of the API and the probes are never cached and never sniffed; the static apps set their own. */
const apiAnswerHeaders: MiddlewareHandler<Env> = async (c, next) => {
  await next();
  if (STATIC_APPS.test(c.req.path)) return;
  if (!c.res.headers.has('cache-control')) c.res.headers.set('Cache-Control', 'no-store');
  c.res.headers.set('X-Content-Type-Options', 'nosniff');
};

export interface AppOptions {
  store: Store;
  /** SHA-256 of the admin token. */
  adminTokenHash: string;
  log: Logger;
  staticRoots?: StaticRoots;
  /** Rate limits and client addresses of the public web channel. */
  publicChannel?: PublicChannelOptions;
  /** Shared with the server so process figures are collected once; a fresh set otherwise. */
  metrics?: CollectorMetrics;
  /** Who may read `GET /metrics`: nobody unless a token or the public flag says so. */
  metricsAccess?: MetricsAccess;
  /** Rate limits on enrolment and on wrong admin tokens. */
  accessLimits?: AccessLimitOptions;
}

/** The collector's HTTP interface: the API under /api/v1, health, and the static apps. */
export function createApp(options: AppOptions): Hono<Env> {
  const { store, adminTokenHash, log, staticRoots, publicChannel } = options;
  const metrics = options.metrics ?? new CollectorMetrics(store);
  const app = new Hono<Env>();
  app.use(requestIds);
  app.use(metrics.countRequests);

  app.use(async (c, next) => {
    const started = performance.now();
    await next();
    // The path only: query strings can carry enrollment codes. Probes every few seconds are debug.
    const line = { method: c.req.method, path: c.req.path, status: c.res.status, ms: Math.round(performance.now() - started) };
    (PROBES.has(c.req.path) && c.res.status < 400 ? log.debug : log.info)('request', line);
  });
  app.use(apiAnswerHeaders);

  app.use('/api/*', refuseNulInUrl);
  app.use('/api/*', limitBody(MAX_BODY_BYTES));

  const { requireAdmin, enrollLimit } = accessGuards(adminTokenHash, options.accessLimits ?? {}, metrics);

  const requireDevice: MiddlewareHandler<Env> = async (c, next) => {
    const token = bearerToken(c.req.header('authorization'));
    const device = token ? await store.devices.byTokenHash(hashSecret(token)) : undefined;
    if (!device) throw new ApiError(401, 'device-not-enrolled', 'this device is not enrolled or was revoked; enrol it again');
    c.set('device', device);
    await next();
  };

  app.route('/', healthRoutes(store, metrics, options.metricsAccess ?? {}, log));

  const api = new Hono<Env>();

  api.get('/openapi.json', (c) => c.json(apiDocument()));

  api.post('/devices/enroll', enrollLimit, async (c) => c.json(await enrollDevice(store, await jsonBody(c)), 201));

  api.get('/devices/me/config', requireDevice, async (c) => {
    const device = c.get('device');
    const station = await store.stations.get(device.stationId);
    if (!station) throw new ApiError(404, 'station-not-found', 'the station this device was enrolled at no longer exists');
    const kioskPinHash = await kioskPinHashOf(store, station.id);
    return c.json<DeviceConfig>({
      deviceId: device.id,
      ...(device.trackingNode !== null ? { trackingNode: device.trackingNode } : {}),
      station,
      ...(await readCatalogue(store, station.id)),
      ...(kioskPinHash ? { kioskPinHash } : {}),
    });
  });

  /** Judges a batch body and starts storing it: the answer to come, and each record's kind. */
  const startIngest = (device: Device, body: unknown) => ({ answered: ingestBatch(store, device, body), kinds: recordKinds(body) });

  api.post('/records/batch', requireDevice, async (c) => {
    const started = performance.now();
    // Text no database can store rejects only the records holding it (ingest judges each). The
    // body is never a local here: it is let go of once its records are judged (only their kinds
    // are kept, for the metrics), not held while the batch waits for the database.
    const { kinds, answered } = startIngest(c.get('device'), await jsonBody(c, { allowBrokenText: true }));
    const results = await answered;
    metrics.batchAnswered(kinds, results, (performance.now() - started) / 1000);
    return c.json({ results });
  });

  api.route('/public', publicRoutes(store, publicChannel));

  api.use('/admin/*', requireAdmin);

  api.route('/admin/regions', adminRegionRoutes(store));
  api.route('/admin/stations', adminStationRoutes(store));
  api.route('/admin/stations', adminCatalogueRoutes(store));
  api.route('/admin/stations', adminStandingRoutes(store));
  api.route('/admin/stations', adminLateRoutes(store));
  api.route('/admin/complaints', adminComplaintRoutes(store));
  api.route('/admin/cases', adminCaseRoutes(store));
  api.route('/admin/notices', adminNoticeRoutes(store));
  api.route('/admin', adminMisuseRoutes(store));
  api.route('/admin', adminDeviceRoutes(store));
  api.route('/admin', adminExportRoutes(store, log));
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
