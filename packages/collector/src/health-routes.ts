import { Hono } from 'hono';
import { bearerToken, secretMatches } from './credentials.js';
import type { AppEnv } from './env.js';
import { ApiError } from './errors.js';
import type { Logger } from './log.js';
import type { CollectorMetrics } from './metrics.js';
import type { Store } from './store/store.js';

/** A database that has not written within this long is as good as one that cannot. */
const READY_WRITE_TIMEOUT_MS = 3_000;

export interface MetricsAccess {
  /** SHA-256 of MANYI_METRICS_TOKEN: when set, `GET /metrics` needs it as a bearer token. */
  tokenHash?: string;
  /** MANYI_METRICS_PUBLIC=true: without a token, anyone may read /metrics. */
  public?: boolean;
}

function withinTime<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms / 1000} s`)), ms);
  });
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}

/**
 * Liveness (`/healthz`: the database answers), readiness (`/readyz`: it also takes a write, so a
 * full disk or a read-only database takes the collector out of the load balancer) and `/metrics`.
 * Outside /api, so a proxy can keep them private.
 */
export function healthRoutes(store: Store, metrics: CollectorMetrics, access: MetricsAccess, log: Logger): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();

  routes.get('/healthz', async (c) => {
    await store.ping();
    return c.json({ status: 'ok' });
  });

  routes.get('/readyz', async (c) => {
    try {
      // One row in the settings table, overwritten: the same write path as every record.
      await withinTime(store.settings.set('readiness-probe', new Date().toISOString()), READY_WRITE_TIMEOUT_MS);
      return c.json({ status: 'ready' });
    } catch (error) {
      const reason = `the database cannot write: ${error instanceof Error ? error.message : String(error)}`;
      log.warn('not ready', { reason });
      return c.json({ status: 'not-ready', reason }, 503);
    }
  });

  routes.get('/metrics', async (c) => {
    if (!access.tokenHash && !access.public) {
      throw new ApiError(
        401,
        'unauthorized',
        'metrics are closed: set MANYI_METRICS_TOKEN and send it as a bearer token, or MANYI_METRICS_PUBLIC=true',
      );
    }
    const token = bearerToken(c.req.header('authorization'));
    if (access.tokenHash && !(token && secretMatches(token, access.tokenHash))) {
      throw new ApiError(401, 'unauthorized', 'send the metrics token as "Authorization: Bearer <token>"');
    }
    const { contentType, text } = await metrics.exposition();
    return c.body(text, 200, { 'content-type': contentType });
  });

  return routes;
}
