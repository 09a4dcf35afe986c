/** Request and answer shapes of the late-record review (admin token). */
import { Instant, Slug, StatsQuerySchema } from '@manyi/core';
import * as z from 'zod/mini';

/** `GET /api/v1/admin/stations/{stationId}/late-records`: `from`/`to` on the record's corrected time, as in stats. */
export const LateRecordsQuerySchema = z.object({
  from: StatsQuerySchema.shape.from,
  to: StatsQuerySchema.shape.to,
});

export const LateRecordSchema = z.object({
  id: z.string(),
  kind: z.string(),
  windowId: z.nullable(Slug),
  level: z.optional(z.number()),
  /** When it was made (the device's clock, corrected). */
  createdAt: Instant,
  receivedAt: Instant,
  /** Whole days between being made and arriving. */
  lateByDays: z.number(),
  deviceId: z.nullable(z.string()),
  deviceName: z.nullable(z.string()),
  /** `waiting`: counted nowhere until decided; `excluded`: kept out; `accepted`: counts everywhere. */
  status: z.enum(['waiting', 'accepted', 'excluded']),
});
export const LateRecordListSchema = z.object({ records: z.array(LateRecordSchema) });
export const LateReviewAnswerSchema = z.object({ id: z.string(), status: z.enum(['accepted', 'excluded']) });
