import { Hono } from 'hono';
import { cors } from 'hono/cors';
import type { AppEnv as Env } from '../env.js';
import { fileWebComplaint, publicComplaintStatus } from '../public-complaints.js';
import { type BucketSpec, type ClientKey, clientAddress, rateLimit, TokenBuckets } from '../rate-limit.js';
import type { PublicComplaintFiled } from '../schemas/public.js';
import { stationMonthlyResults } from '../station-results.js';
import type { Store } from '../store/store.js';
import { submitWebRating } from '../web-ratings.js';
import { jsonBody } from './json-body.js';

export interface PublicChannelOptions {
  limits?: Partial<PublicLimits>;
  /** Take the client's address from X-Forwarded-For's last entry (set behind a trusted reverse proxy). */
  trustProxy?: boolean;
  /** Overrides how clients are told apart (tests). */
  clientKey?: ClientKey;
}

export interface PublicLimits {
  complaints: BucketSpec;
  ratings: BucketSpec;
  /** Status look-ups and monthly results. */
  reads: BucketSpec;
}

/**
 * Per client address. A hall's guest Wi-Fi puts many citizens behind one address, so ratings get
 * room for a queue of visitors; complaints are rarer and costlier to fake in bulk.
 */
export const DEFAULT_PUBLIC_LIMITS: PublicLimits = {
  complaints: { capacity: 5, perMinute: 0.5 },
  ratings: { capacity: 30, perMinute: 30 },
  reads: { capacity: 60, perMinute: 60 },
};

/**
 * The public web channel, no sign-in: portals and the QR code on a ticket file complaints and
 * ratings, citizens follow their complaint by tracking number, and anyone reads a hall's published
 * monthly results. Mounted at `/public`; any origin may call it (no cookies are involved).
 */
export function publicRoutes(store: Store, options: PublicChannelOptions = {}): Hono<Env> {
  const limits = { ...DEFAULT_PUBLIC_LIMITS, ...options.limits };
  const key = options.clientKey ?? clientAddress(options.trustProxy === true);
  const limited = (spec: BucketSpec) => rateLimit(new TokenBuckets(spec), key);
  const routes = new Hono<Env>();

  routes.use('*', cors({ origin: '*', allowMethods: ['GET', 'POST'], allowHeaders: ['Content-Type'], maxAge: 86_400 }));

  routes.post('/complaints', limited(limits.complaints), async (c) => {
    const { trackingNo, created } = await fileWebComplaint(store, await jsonBody(c));
    return c.json<PublicComplaintFiled>({ trackingNo }, created ? 201 : 200);
  });

  const reads = limited(limits.reads);
  routes.get('/complaints/:trackingNo', reads, async (c) => c.json(await publicComplaintStatus(store, c.req.param('trackingNo'))));
  routes.get('/stations/:stationId/results', reads, async (c) =>
    c.json(await stationMonthlyResults(store, c.req.param('stationId'), c.req.query())),
  );

  routes.post('/ratings', limited(limits.ratings), async (c) => {
    const answer = await submitWebRating(store, await jsonBody(c));
    return c.json(answer, answer.status === 'accepted' ? 201 : 200);
  });

  return routes;
}
