import type { BucketSpec, ClientKey } from './rate-limit.js';

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
