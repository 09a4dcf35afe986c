import type { ErrorBody } from '@manyi/core';
import { Hono, type MiddlewareHandler } from 'hono';
import { cors } from 'hono/cors';
import { HTTPException } from 'hono/http-exception';
import type { AccessLimitOptions, MetricsAccess } from './access-limits.js';
import type { SessionOptions } from './accounts/sessions.js';
import { limitBody } from './body-limit.js';
import type { AppEnv as Env } from './env.js';
import { ApiError } from './errors.js';
import { mountRoutes } from './http/mount.js';
import type { Logger } from './log.js';
import { CollectorMetrics } from './metrics.js';
import type { PublicChannelOptions } from './public-limits.js';
import { requestIds } from './request-id.js';
import { API_OPERATIONS } from './routes/index.js';
import { mountStatic, type StaticRoots } from './static.js';
import type { Store } from './store/store.js';
import { refuseNulInUrl } from './text-safety.js';

export const MAX_BODY_BYTES = 1024 * 1024;

const PROBES = new Set(['/healthz', '/readyz', '/metrics']);
const STATIC_APPS = /^\/(kiosk|admin|examples|docs)(\/|$)/;

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
  /** Session lifetimes and sign-in limits per account. */
  sessions?: SessionOptions;
}

/** The collector's HTTP interface: the API under /api/v1 (routes/index.ts), health, metrics, and the static apps. */
export function createApp(options: AppOptions): Hono<Env> {
  const { store, adminTokenHash, log, staticRoots, publicChannel, metricsAccess, accessLimits, sessions } = options;
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

  // The public web channel answers any origin (no cookies are involved), unknown paths included;
  // ratings excepted: only the collector's own rating page posts them, so no other site's script can.
  const anyOrigin = cors({ origin: '*', allowMethods: ['GET', 'POST'], allowHeaders: ['Content-Type'], maxAge: 86_400 });
  app.use('/api/v1/public/*', (c, next) => (c.req.path === '/api/v1/public/ratings' ? next() : anyOrigin(c, next)));
  mountRoutes(app, API_OPERATIONS, { store, log, metrics, adminTokenHash, metricsAccess, accessLimits, publicChannel, sessions });

  if (staticRoots) mountStatic(app, staticRoots);

  app.notFound((c) => c.json<ErrorBody>({ error: { code: 'not-found', message: `nothing at ${c.req.method} ${c.req.path}` } }, 404));

  app.onError((error, c) => {
    if (error instanceof ApiError) {
      if (error.retryAfterSeconds !== undefined) c.header('Retry-After', String(error.retryAfterSeconds));
      return c.json<ErrorBody>({ error: { code: error.code, message: error.message } }, error.status);
    }
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
