import { op } from '../http/route.js';
import { HealthSchema, ReadinessSchema } from '../openapi/components.js';
import { notReadyReason } from '../readiness.js';

/** Liveness, readiness and Prometheus metrics, outside /api so a proxy can keep them private. */
export const SYSTEM_ROUTES = [
  op({
    id: 'health',
    method: 'get',
    path: '/healthz',
    tag: 'system',
    auth: 'public',
    summary: 'Health: 200 once the database answers',
    responses: [{ status: 200, description: 'The collector and its database are up.', schema: HealthSchema }],
    handle: async ({ store }, c) => {
      await store.ping();
      return c.json({ status: 'ok' });
    },
  }),
  op({
    id: 'readiness',
    method: 'get',
    path: '/readyz',
    tag: 'system',
    auth: 'public',
    summary: 'Readiness: 200 once the database takes a write',
    description: 'For a load balancer: a full disk or a read-only database answers 503, so no tablet uploads to this collector.',
    responses: [
      { status: 200, description: 'The database takes writes.', schema: ReadinessSchema },
      { status: 503, description: 'The database cannot write; `reason` says why.', schema: ReadinessSchema },
    ],
    handle: async ({ store, log }, c) => {
      const reason = await notReadyReason(store);
      if (reason === undefined) return c.json({ status: 'ready' });
      log.warn('not ready', { reason });
      return c.json({ status: 'not-ready', reason }, 503);
    },
  }),
  op({
    id: 'metrics',
    method: 'get',
    path: '/metrics',
    tag: 'system',
    auth: 'metrics',
    summary: 'Prometheus metrics (text exposition format)',
    description:
      'Records ingested by kind and outcome, batch latency, HTTP requests by route and status, database connections, and ' +
      'process figures, rate-limited calls, wrong admin tokens, passwords and enrollment codes. Closed by default: set MANYI_METRICS_TOKEN and send ' +
      'it as a bearer token, or MANYI_METRICS_PUBLIC=true to open it on purpose (a set token is still required).',
    responses: [{ status: 200, description: 'Prometheus text format 0.0.4.', contentType: 'text/plain; version=0.0.4' }],
    handle: async ({ metrics }, c) => {
      const { contentType, text } = await metrics.exposition();
      return c.body(text, 200, { 'content-type': contentType });
    },
  }),
];
