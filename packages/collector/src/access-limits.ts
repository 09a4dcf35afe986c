import type { MiddlewareHandler } from 'hono';
import { bearerToken, secretMatches } from './credentials.js';
import type { AppEnv } from './env.js';
import { ApiError } from './errors.js';
import { ADMIN_TOKEN_ACTOR } from './http/actor.js';
import { type BucketSpec, type ClientKeyOptions, clientAddress, rateLimit, TokenBuckets, tooManyRequests } from './rate-limit.js';

/** Per client address, like the public channel's limits (rate-limit.ts). */
export interface AccessLimits {
  /** Enrolment attempts. */
  enroll: BucketSpec;
  /** Wrong admin tokens; once they run out, the address waits before any admin call. */
  adminFailures: BucketSpec;
  /** Sign-in attempts (each account's failures are limited besides, in accounts/sessions.ts). */
  login: BucketSpec;
}

export const DEFAULT_ACCESS_LIMITS: AccessLimits = {
  // A hall enrols a row of tablets at once, from behind one address; a script trying codes does not get far.
  enroll: { capacity: 30, perMinute: 10 },
  // A dashboard with a stale token fails a few calls at once; a guesser gets one try every 10 s.
  adminFailures: { capacity: 20, perMinute: 6 },
  // A morning shift signs in at once from one office; a script trying passwords gets one try every 6 s.
  login: { capacity: 30, perMinute: 10 },
};

export type LimitName = 'enroll' | 'admin-token' | 'login';

/** Who may read `GET /metrics`: nobody unless a token or the public flag says so. */
export interface MetricsAccess {
  /** SHA-256 of MANYI_METRICS_TOKEN: when set, `GET /metrics` needs it as a bearer token. */
  tokenHash?: string;
  /** MANYI_METRICS_PUBLIC=true: without a token, anyone may read /metrics. */
  public?: boolean;
}

export interface AccessLimitOptions extends ClientKeyOptions {
  limits?: Partial<AccessLimits>;
}

export interface AccessGuards {
  enrollLimit: MiddlewareHandler<AppEnv>;
  loginLimit: MiddlewareHandler<AppEnv>;
  requireAdmin: MiddlewareHandler<AppEnv>;
}

/**
 * The rate limit on enrolment, and the admin-token check with a lockout per address after too
 * many wrong tokens. While locked out even the right token waits: otherwise a 429 would only tell a
 * guesser which tokens were wrong. A missing token is no guess and costs nothing.
 */
export function accessGuards(
  adminTokenHash: string,
  options: AccessLimitOptions,
  events: { limited(limit: LimitName): void; adminTokenFailed(): void },
): AccessGuards {
  const limits = { ...DEFAULT_ACCESS_LIMITS, ...options.limits };
  const clientKey = options.clientKey ?? clientAddress(options.trustProxy === true);
  const failures = new TokenBuckets(limits.adminFailures);
  return {
    enrollLimit: rateLimit(new TokenBuckets(limits.enroll), clientKey, () => events.limited('enroll')),
    loginLimit: rateLimit(new TokenBuckets(limits.login), clientKey, () => events.limited('login')),
    requireAdmin: async (c, next) => {
      const client = clientKey(c);
      const wait = failures.waitSeconds(client);
      if (wait > 0) {
        events.limited('admin-token');
        return tooManyRequests(c, wait);
      }
      const token = bearerToken(c.req.header('authorization'));
      if (!token || !secretMatches(token, adminTokenHash)) {
        if (token) {
          failures.take(client);
          events.adminTokenFailed();
        }
        throw new ApiError(401, 'unauthorized', 'send the admin token as "Authorization: Bearer <token>"');
      }
      c.set('actor', ADMIN_TOKEN_ACTOR);
      await next();
    },
  };
}
