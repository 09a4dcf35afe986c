import { type BatchResult, RECORD_STATUSES, type RecordKind } from '@manyi/core';
import type { MiddlewareHandler } from 'hono';
import { matchedRoutes } from 'hono/route';
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import type { AppEnv } from './env.js';
import { ApiError } from './errors.js';
import type { Store } from './store/store.js';

const KINDS: readonly string[] = ['rating', 'complaint', 'notice', 'heartbeat'] satisfies RecordKind[];
// Index 0 is `unknown`, so a kind we do not know (falsy index) lands there.
const KIND_LABELS: readonly string[] = ['unknown', ...KINDS];
const UNKNOWN_KIND = 0;
const KIND_INDEX = new Map(KINDS.map((kind, i) => [kind, i + 1]));
const STATUS_INDEX = Object.fromEntries(RECORD_STATUSES.map((status, i) => [status, i])) as Record<BatchResult['status'], number>;
const CREDENTIALS = ['password', 'enrollment-code'] as const;
export type Credential = (typeof CREDENTIALS)[number];
const METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']);

/**
 * What an operator watches, in Prometheus's format (prom-client: the exposition format, escaping
 * and the standard process figures are its job). Labels take only bounded values — route
 * patterns, never raw paths — so a scanner probing random URLs cannot blow up the series count.
 */
export class CollectorMetrics {
  readonly registry = new Registry();
  readonly #records: Counter<'kind' | 'outcome'>;
  readonly #batchSeconds: Histogram;
  readonly #requests: Counter<'method' | 'route' | 'status'>;
  readonly #limited: Counter<'limit'>;
  readonly #adminTokenFailures: Counter;
  readonly #credentialFailures: Counter<'credential'>;

  /** `processMetrics` adds Node's CPU, memory, event-loop and GC figures: once per process, not per app. */
  constructor(store: Pick<Store, 'kind' | 'connections'>, options: { processMetrics?: boolean } = {}) {
    const registers = [this.registry];
    this.#records = new Counter({
      name: 'manyi_records_total',
      help: 'Records in uploaded batches, by kind and outcome (accepted, duplicate, rejected).',
      labelNames: ['kind', 'outcome'],
      registers,
    });
    // Zero series up front, so a rate() over a fresh collector reads 0 rather than nothing.
    for (const kind of [...KINDS, 'unknown']) for (const outcome of RECORD_STATUSES) this.#records.inc({ kind, outcome }, 0);
    this.#batchSeconds = new Histogram({
      name: 'manyi_batch_duration_seconds',
      help: 'Time to read, validate and store one uploaded batch.',
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
      registers,
    });
    this.#requests = new Counter({
      name: 'manyi_http_requests_total',
      help: 'HTTP requests answered, by method, route pattern and status.',
      labelNames: ['method', 'route', 'status'],
      registers,
    });
    this.#limited = new Counter({
      name: 'manyi_rate_limited_total',
      help: 'Requests answered 429 by a rate limit: enroll, admin-token (an address locked out after wrong admin tokens).',
      labelNames: ['limit'],
      registers,
    });
    for (const limit of ['enroll', 'admin-token', 'login']) this.#limited.inc({ limit }, 0);
    this.#adminTokenFailures = new Counter({
      name: 'manyi_admin_token_failures_total',
      help: 'Admin calls with a wrong bearer token: someone guessing, or a dashboard with a stale token.',
      registers,
    });
    this.#credentialFailures = new Counter({
      name: 'manyi_credential_failures_total',
      help: 'Credentials refused: a wrong password at sign-in, an unknown or used enrollment code. Alert on a steady rate.',
      labelNames: ['credential'],
      registers,
    });
    for (const credential of CREDENTIALS) this.#credentialFailures.inc({ credential }, 0);
    new Gauge({
      name: 'manyi_store_info',
      help: 'Which database the collector stores in (always 1).',
      labelNames: ['kind'],
      registers,
    }).set({ kind: store.kind }, 1);
    new Gauge({
      name: 'manyi_database_connections',
      help: 'Database connections: open, idle, and requests waiting for one.',
      labelNames: ['state'],
      registers,
      collect() {
        const counts = store.connections();
        for (const state of ['open', 'idle', 'waiting'] as const) this.set({ state }, counts[state]);
      },
    });
    new Gauge({
      name: 'manyi_uptime_seconds',
      help: 'Seconds since the collector process started.',
      registers,
      collect() {
        this.set(process.uptime());
      },
    });
    if (options.processMetrics) collectDefaultMetrics({ register: this.registry });
  }

  /** Counts each record of an answered batch under its kind (`kinds[i]`, `unknown` when it had none we know). */
  batchAnswered(kinds: readonly unknown[], results: readonly BatchResult[], seconds: number): void {
    this.#batchSeconds.observe(seconds);
    // A count per kind and outcome, by index: 500 records a batch, no label strings made per record.
    const counts = new Array<number>(KIND_LABELS.length * RECORD_STATUSES.length).fill(0);
    for (let i = 0; i < results.length; i++) {
      const kind = kinds[i];
      const k = (typeof kind === 'string' && KIND_INDEX.get(kind)) || UNKNOWN_KIND;
      const at = k * RECORD_STATUSES.length + STATUS_INDEX[(results[i] as BatchResult).status];
      counts[at] = (counts[at] as number) + 1;
    }
    counts.forEach((n, i) => {
      if (n === 0) return;
      const kind = KIND_LABELS[Math.floor(i / RECORD_STATUSES.length)] as string;
      this.#records.inc({ kind, outcome: RECORD_STATUSES[i % RECORD_STATUSES.length] as string }, n);
    });
  }

  /** A request a rate limit turned away. */
  limited(limit: 'enroll' | 'admin-token' | 'login'): void {
    this.#limited.inc({ limit });
  }

  adminTokenFailed(): void {
    this.#adminTokenFailures.inc();
  }

  /** Counts `error` if it is the 401 of a refused credential, and throws it on: `.catch(metrics.refusedBy('password'))`. */
  refusedBy(credential: Credential): (error: unknown) => never {
    return (error) => {
      if (error instanceof ApiError && error.status === 401) this.#credentialFailures.inc({ credential });
      throw error;
    };
  }

  /** Middleware counting every answer under the route pattern that served it. */
  readonly countRequests: MiddlewareHandler<AppEnv> = async (c, next) => {
    await next();
    const served = matchedRoutes(c).findLast((r) => r.method !== 'ALL');
    const route = served?.path ?? (c.res.status === 404 ? 'unmatched' : (matchedRoutes(c).at(-1)?.path ?? 'unmatched'));
    const method = METHODS.has(c.req.method) ? c.req.method : 'OTHER';
    this.#requests.inc({ method, route, status: String(c.res.status) });
  };

  async exposition(): Promise<{ contentType: string; text: string }> {
    return { contentType: this.registry.contentType, text: await this.registry.metrics() };
  }
}
