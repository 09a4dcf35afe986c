import { op } from '../http/route.js';
import { HealthSchema } from '../openapi/components.js';

/** Health and Prometheus metrics, outside /api so a proxy can keep them private. */
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
    id: 'metrics',
    method: 'get',
    path: '/metrics',
    tag: 'system',
    auth: 'metrics',
    summary: 'Prometheus metrics (text exposition format)',
    description:
      'Records ingested by kind and outcome, batch latency, HTTP requests by route and status, database connections, and ' +
      'process figures. Not meant for the public: when MANYI_METRICS_TOKEN is set it must be sent as a bearer token; ' +
      'otherwise keep /metrics off any public proxy.',
    responses: [{ status: 200, description: 'Prometheus text format 0.0.4.', contentType: 'text/plain; version=0.0.4' }],
    handle: async ({ metrics }, c) => {
      const { contentType, text } = await metrics.exposition();
      return c.body(text, 200, { 'content-type': contentType });
    },
  }),
];
