/** Serves declared routes on a hono app: who may call, rate limits, and input checked as declared. */
import { describeIssues } from '@manyi/core';
import type { Hono, MiddlewareHandler } from 'hono';
import type * as z from 'zod/mini';
import { type AccessLimitOptions, accessGuards, type MetricsAccess } from '../access-limits.js';
import { type SessionOptions, Sessions } from '../accounts/sessions.js';
import { limitPublicBody } from '../body-limit.js';
import { bearerToken, hashSecret, secretMatches } from '../credentials.js';
import type { AppEnv as Env } from '../env.js';
import { ApiError } from '../errors.js';
import type { Logger } from '../log.js';
import type { CollectorMetrics } from '../metrics.js';
import { DEFAULT_PUBLIC_LIMITS, type PublicChannelOptions } from '../public-limits.js';
import { clientAddress, rateLimit, TokenBuckets } from '../rate-limit.js';
import type { Store } from '../store/store.js';
import { refuseNulInUrl } from '../text-safety.js';
import { auditTrail } from './audit-trail.js';
import { jsonBody } from './json-body.js';
import { MAX_JSON_DEPTH } from './json-depth.js';
import { personGate } from './person-gate.js';
import { type Call, type Caller, type Input, isPersonRoute, type Route, type RouteLimit } from './route.js';

export interface MountOptions {
  store: Store;
  log: Logger;
  metrics: CollectorMetrics;
  /** SHA-256 of the admin token. */
  adminTokenHash: string;
  /** Who may read `metrics` routes: nobody unless a token or the public flag says so. */
  metricsAccess?: MetricsAccess;
  /** Rate limits on enrolment and on wrong admin tokens. */
  accessLimits?: AccessLimitOptions;
  publicChannel?: PublicChannelOptions;
  /** Session lifetimes and sign-in limits per account. */
  sessions?: SessionOptions;
}

/** A checked input: its data, or a 400 with the declared code naming each field that is wrong. */
function checked<T>(input: Input<z.ZodMiniType> | undefined, value: unknown): T {
  if (!input) throw new Error('the route declares no such input');
  const parsed = input.schema.safeParse(value);
  if (!parsed.success) throw new ApiError(400, input.code, describeIssues(parsed.error.issues));
  return parsed.data as T;
}

/** The gate of each kind of caller but people (person-gate.ts); a device's own record is kept on the request. */
function gates({ store, metricsAccess = {} }: MountOptions): Record<Exclude<Caller, object>, MiddlewareHandler<Env> | undefined> {
  return {
    public: undefined,
    device: async (c, next) => {
      const token = bearerToken(c.req.header('authorization'));
      const device = token ? await store.devices.byTokenHash(hashSecret(token)) : undefined;
      if (!device) throw new ApiError(401, 'device-not-enrolled', 'this device is not enrolled or was revoked; enrol it again');
      c.set('device', device);
      c.set('actor', { name: `device:${device.id}`, role: 'device', stationId: device.stationId });
      await next();
    },
    metrics: async (c, next) => {
      if (!metricsAccess.tokenHash && !metricsAccess.public) {
        throw new ApiError(
          401,
          'unauthorized',
          'metrics are closed: set MANYI_METRICS_TOKEN and send it as a bearer token, or MANYI_METRICS_PUBLIC=true',
        );
      }
      const token = bearerToken(c.req.header('authorization'));
      if (metricsAccess.tokenHash && !(token && secretMatches(token, metricsAccess.tokenHash))) {
        throw new ApiError(401, 'unauthorized', 'send the metrics token as "Authorization: Bearer <token>"');
      }
      await next();
    },
  };
}

/**
 * Adds each route in the order given (hono tries them in that order, so `/cases/summary` must
 * come before `/cases/:caseId`). Calls to an admin path no route serves still need a person's
 * credential, so the answer (401 or 404) tells a caller without one nothing about which paths exist.
 */
export function mountRoutes(app: Hono<Env>, routes: readonly Route[], options: MountOptions): void {
  const { requireAdmin, enrollLimit, loginLimit } = accessGuards(options.adminTokenHash, options.accessLimits ?? {}, options.metrics);
  const gate = gates(options);
  const sessions = new Sessions(options.store, options.sessions);
  const channel = options.publicChannel ?? {};
  const limits = { ...DEFAULT_PUBLIC_LIMITS, ...channel.limits };
  const key = channel.clientKey ?? clientAddress(channel.trustProxy === true);
  // One set of buckets per limit, shared by every route that draws on it.
  const limiters = {
    ...Object.fromEntries(Object.entries(limits).map(([name, spec]) => [name, rateLimit(new TokenBuckets(spec), key)])),
    enroll: enrollLimit,
    login: loginLimit,
  } as Record<RouteLimit, MiddlewareHandler<Env>>;
  const { store, log, metrics } = options;
  const publicBodyLimit = limitPublicBody();

  for (const route of routes) {
    const guard = isPersonRoute(route.auth) ? personGate(store, sessions, requireAdmin, route.auth) : gate[route.auth];
    // The audit trail goes before the gate, so it also sees a call refused for its role.
    const audit = auditTrail(route, store, log, key);
    // A body nobody has vouched for is held to a smaller size before it is read, and a depth before it is parsed.
    const open = route.auth === 'public';
    const bodyLimit = open && route.method !== 'get' ? publicBodyLimit : undefined;
    const maxDepth = open ? MAX_JSON_DEPTH : undefined;
    const before = [refuseNulInUrl, audit, guard, route.limit && limiters[route.limit], bodyLimit].filter((m) => m !== undefined);
    const serve: MiddlewareHandler<Env> = async (c) => {
      const call: Call<unknown, unknown> = {
        store,
        log,
        metrics,
        sessions,
        param: (name) => c.req.param(name) ?? '',
        query: () => checked(route.query, c.req.query()),
        body: async (prepare) => {
          const raw = await jsonBody(c, { maxDepth });
          return checked(route.body, prepare ? prepare(raw) : raw);
        },
        json: (opts) => jsonBody(c, { ...opts, maxDepth }),
      };
      return route.handle(call, c);
    };
    app.on(route.method.toUpperCase(), route.path, ...(before as []), serve);
  }
  app.all('/api/v1/admin/*', personGate(store, sessions, requireAdmin));
}
