/** Request and answer shapes of the audit trail (`GET /api/v1/admin/audit`, `…/audit.csv`). */
import { Instant, Slug, StatsQuerySchema, Text } from '@manyi/core';
import * as z from 'zod/mini';
import type { AuditEntry } from '../store/audit-chain.js';
import { same } from './same.js';

const filters = {
  station: z.optional(Slug),
  /** Entries about the stations within this region and the regions below it. */
  region: z.optional(Slug),
  /** A date is the day in China Standard Time; `to` includes its whole day. */
  from: StatsQuerySchema.shape.from,
  to: StatsQuerySchema.shape.to,
  actor: z.optional(Text(100)),
  /** An operation id, e.g. `updateStation`. */
  action: z.optional(Text(100)),
};

/** `GET /api/v1/admin/audit?station=&region=&from=&to=&actor=&action=&limit=&cursor=`, newest first. */
export const AuditQuerySchema = z.object({
  ...filters,
  limit: z._default(z.coerce.number().check(z.int(), z.gte(1), z.lte(500)), 100),
  /** `nextCursor` of the page before. */
  cursor: z.optional(z.string().check(z.regex(/^[1-9][0-9]{0,15}$/, 'must be the nextCursor of the page before'))),
});

/** `GET /api/v1/admin/audit.csv`: the same filters, every matching entry. */
export const AuditCsvQuerySchema = z.object(filters);

export const AuditEntrySchema = z.object({
  /** Position in the chain, from 1. */
  seq: z.number(),
  at: Instant,
  actor: z.string(),
  role: z.string(),
  action: z.string(),
  target: z.nullable(z.string()),
  stationId: z.nullable(z.string()),
  address: z.nullable(z.string()),
  requestId: z.nullable(z.string()),
  /** The HTTP status the call was answered with. */
  outcome: z.number(),
  before: z.unknown(),
  after: z.unknown(),
  prevHash: z.string(),
  hash: z.string(),
});
same<z.infer<typeof AuditEntrySchema>, AuditEntry>(true);

export const AuditListSchema = z.object({
  items: z.array(AuditEntrySchema),
  /** Present when older entries match: pass it as `cursor`. */
  nextCursor: z.optional(z.string()),
});
