/** Request and answer shapes of misuse review, staff points, standing, notice audit and complaint hand-over (admin token). */
import { Instant, NationalLevelSchema, Slug, StatsQuerySchema, Text } from '@manyi/core';
import * as z from 'zod/mini';
import { FINDINGS } from '../complaint-findings.js';
import { AdminComplaintSchema } from './admin.js';

/** `GET /api/v1/admin/misuse` and `GET /api/v1/admin/notices/audit`: `from`/`to` as in stats. */
export const RecordRangeQuerySchema = z.object({
  station: z.optional(Slug),
  from: StatsQuerySchema.shape.from,
  to: StatsQuerySchema.shape.to,
});

export const MisuseRecordSchema = z.object({
  id: z.string(),
  kind: z.string(),
  stationId: Slug,
  windowId: z.nullable(Slug),
  level: z.optional(NationalLevelSchema),
  createdAt: Instant,
  /** `excluded`: out of the figures, as flagged on the device; `restored`: a manager counted it again. */
  flag: z.enum(['excluded', 'restored']),
});
export const MisuseListSchema = z.object({ records: z.array(MisuseRecordSchema) });
export const MisuseReviewAnswerSchema = z.object({ id: z.string(), restored: z.boolean() });

/** `GET /api/v1/admin/stations/{stationId}/staff-points?year=`; the current China year when left out. */
export const StaffPointsQuerySchema = z.object({
  year: z.optional(z.coerce.number().check(z.int(), z.gte(2000), z.lte(9999))),
});
export const StaffPointsSchema = z.object({
  year: z.number(),
  /** The rule in force: `allowance` points a year, `deduction` per substantiated complaint, never below 0. */
  rules: z.object({ allowance: z.number(), deduction: z.number(), partlySubstantiatedDeducts: z.boolean() }),
  staff: z.array(
    z.object({
      staffId: Slug,
      name: z.string(),
      /** What is left of the year's 12 points. */
      points: z.number(),
      /** Complaints naming this person still waiting for a finding: they cost nothing yet. */
      pending: z.number(),
      deductions: z.array(
        z.object({
          trackingNo: z.string(),
          at: z.string(),
          points: z.number(),
          /** What was taken: less than `points` once the balance reached 0. */
          deducted: z.number(),
          finding: z.enum(FINDINGS),
          /** The warning talk (诫勉谈话) this complaint brings; null until it is recorded. */
          talk: z.nullable(z.object({ heldAt: Instant, heldBy: z.string() })),
        }),
      ),
    }),
  ),
});

/** `GET /api/v1/admin/stations/{stationId}/standing?month=YYYY-MM`; the current China month when left out. */
export const StandingQuerySchema = z.object({
  month: z.optional(z.string().check(z.regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'write the month as YYYY-MM, e.g. 2026-11'))),
  /** Or any period, as in stats: the dashboard judges the period it shows by the same thresholds. */
  from: StatsQuerySchema.shape.from,
  to: StatsQuerySchema.shape.to,
});
export const StandingSchema = z.object({
  stationId: Slug,
  /** The month judged (YYYY-MM), or the period asked for as `from/to`. */
  month: z.string(),
  standing: z.enum(['kept', 'lost']),
  /** Why it was lost, one sentence per threshold missed (zh-CN); empty when kept. */
  reasons: z.array(z.string()),
  figures: z.record(z.string(), z.nullable(z.number())),
});

export const NoticeAuditSchema = z.object({
  findings: z.array(
    z.object({
      /** Salted hash of the applicant's phone, never the phone. */
      applicant: z.string(),
      noticeNos: z.tuple([z.string(), z.string()]),
      serviceItemId: Slug,
      material: z.string(),
      firstAt: Instant,
      laterAt: Instant,
    }),
  ),
});

/** `POST /api/v1/admin/complaints/{trackingNo}/handover`: the first-inquiry owner (首问负责人) stays on record. */
export const ComplaintHandoverRequestSchema = z.strictObject({ to: Text(50), note: Text(1000) });

/**
 * One handling step. `assign` and `handover`: `from` and `to` are owners (`from` null when nobody
 * owned it); `reply` and `close`: they are handling statuses, e.g. `assigned` → `replied`.
 */
export const ComplaintEventSchema = z.object({
  at: Instant,
  action: z.enum([
    'assign',
    'handover',
    'reply',
    'close',
    'finding',
    'void',
    'satisfaction',
    'reopen',
    'talk',
    'appeal',
    'appeal-decision',
  ]),
  from: z.nullable(z.string()),
  to: z.string(),
  note: z.nullable(z.string()),
});

/** A complaint with who first owned it, its handling history and its reply deadline. */
export const AdminComplaintDetailSchema = z.extend(AdminComplaintSchema, {
  firstOwner: z.nullable(z.string()),
  history: z.array(ComplaintEventSchema),
  /** End of the station's `complaintReplyWorkingDays`-th working day after the complaint came in. */
  dueAt: Instant,
  /** Not yet replied to (or closed) by then. */
  overdue: z.boolean(),
  /** The warning talk (诫勉谈话) held over a complaint that cost points. */
  warningTalk: z.nullable(
    z.object({ staffId: z.string(), heldAt: Instant, heldBy: z.string(), notes: z.string(), recordedBy: z.string(), recordedAt: Instant }),
  ),
});
