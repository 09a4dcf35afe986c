import { getConnInfo } from '@hono/node-server/conninfo';
import type { ErrorBody } from '@manyi/core';
import type { Context, MiddlewareHandler } from 'hono';

/** A bucket holds up to `capacity` requests and refills `perMinute` of them a minute. */
export interface BucketSpec {
  capacity: number;
  perMinute: number;
}

interface Bucket {
  tokens: number;
  at: number;
}

/**
 * One token bucket per client, in memory: a burst up to the capacity passes, then requests pass at
 * the refill rate. Each collector process counts for itself, which is enough to blunt a flood
 * from one address. Buckets are forgotten least-recently-used first past `maxClients`.
 */
export class TokenBuckets {
  readonly #buckets = new Map<string, Bucket>();

  constructor(
    readonly spec: BucketSpec,
    readonly maxClients = 50_000,
  ) {}

  /** Seconds until `client` has a token again, without taking one: 0 when it has one now. */
  waitSeconds(client: string, now = Date.now()): number {
    const last = this.#buckets.get(client);
    if (!last) return 0;
    const perMs = this.spec.perMinute / 60_000;
    const tokens = Math.min(this.spec.capacity, last.tokens + (now - last.at) * perMs);
    return tokens >= 1 ? 0 : Math.max(1, Math.ceil((1 - tokens) / perMs / 1000));
  }

  /** Takes a token for `client`; when none is left, how many seconds until one is. */
  take(client: string, now = Date.now()): { ok: true } | { ok: false; retryAfterSeconds: number } {
    const perMs = this.spec.perMinute / 60_000;
    const last = this.#buckets.get(client);
    const tokens = last ? Math.min(this.spec.capacity, last.tokens + (now - last.at) * perMs) : this.spec.capacity;
    this.#buckets.delete(client); // re-inserted below, so Map order is least-recently-used first
    if (tokens >= 1) {
      this.#remember(client, { tokens: tokens - 1, at: now });
      return { ok: true };
    }
    this.#remember(client, { tokens, at: now });
    return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - tokens) / perMs / 1000)) };
  }

  #remember(client: string, bucket: Bucket): void {
    this.#buckets.set(client, bucket);
    if (this.#buckets.size > this.maxClients) {
      const oldest = this.#buckets.keys().next();
      if (!oldest.done) this.#buckets.delete(oldest.value);
    }
  }
}

/** How a client is told apart: its address, or what the request says about it in tests. */
export type ClientKey = (c: Context) => string;

/** How a set of limits tells clients apart: by address, behind a trusted proxy or not. */
export interface ClientKeyOptions {
  /** Take the client's address from X-Forwarded-For's last entry (set behind a trusted reverse proxy). */
  trustProxy?: boolean;
  /** Overrides how clients are told apart (tests). */
  clientKey?: ClientKey;
}

/**
 * The client's address: the connection's peer, or — behind a reverse proxy the operator trusts
 * (MANYI_TRUST_PROXY) — the last address in X-Forwarded-For, the one that proxy appended. Earlier
 * entries are whatever the client claimed and are never used.
 */
export function clientAddress(trustProxy: boolean): ClientKey {
  return (c) => {
    if (trustProxy) {
      const forwarded = c.req.header('x-forwarded-for')?.split(',').at(-1)?.trim();
      if (forwarded) return forwarded;
    }
    try {
      return getConnInfo(c).remote.address ?? 'unknown';
    } catch {
      return 'unknown'; // no socket: a request made in-process (tests)
    }
  };
}

/** The 429 answer, with Retry-After saying when to try again. */
export function tooManyRequests(c: Context, wait: number): Response {
  c.header('Retry-After', String(wait));
  return c.json<ErrorBody>(
    {
      error: {
        code: 'too-many-requests',
        message: `too many requests from your network; please try again in ${wait} second${wait === 1 ? '' : 's'}`,
      },
    },
    429,
  );
}

/** Answers 429 with Retry-After once the client's bucket is empty; `onLimited` counts it for the metrics. */
export function rateLimit(buckets: TokenBuckets, clientKey: ClientKey, onLimited?: () => void): MiddlewareHandler {
  return async (c, next) => {
    const verdict = buckets.take(clientKey(c));
    if (!verdict.ok) {
      onLimited?.();
      return tooManyRequests(c, verdict.retryAfterSeconds);
    }
    await next();
  };
}
