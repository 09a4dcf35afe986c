import type { BucketSpec, ClientKeyOptions } from './rate-limit.js';

export interface PublicChannelOptions extends ClientKeyOptions {
  limits?: Partial<PublicLimits>;
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
