/** Request and answer shapes of the bad-review ledger (差评台账) and station handling settings (admin token). */
import { BAD_REVIEW_REASON_CODES, Instant, Slug, StatsQuerySchema, Text } from '@manyi/core';
import * as z from 'zod/mini';
import { CASE_STATES } from '../cases.js';

const Flag = z.enum(['true', 'false']);

/** `GET /api/v1/admin/cases`: `from`/`to` bound the rating's time as in stats (a date is the station's day, `to` inclusive). */
export const CaseListQuerySchema = z.object({
  station: z.optional(Slug),
  state: z.optional(z.enum(CASE_STATES)),
  overdue: z.optional(Flag),
  from: StatsQuerySchema.shape.from,
  to: StatsQuerySchema.shape.to,
  window: z.optional(Slug),
  staff: z.optional(Slug),
});

export const CaseEventSchema = z.object({
  at: Instant,
  from: z.enum(CASE_STATES),
  to: z.enum(CASE_STATES),
  /** Who made the change, as given with it (`admin` when nobody was named). */
  by: z.string(),
  note: z.string(),
  /** Why a case was voided; only on the change to `voided`. */
  reason: z.optional(z.string()),
});

/** One bad review and its handling; `id` is the rating's id (one case per bad review). */
export const CaseSchema = z.object({
  id: z.string(),
  ratingId: z.string(),
  stationId: Slug,
  windowId: Slug,
  staffId: z.nullable(Slug),
  serviceItemId: z.nullable(Slug),
  level: z.union([z.literal(1), z.literal(2)]),
  reasons: z.array(z.enum(BAD_REVIEW_REASON_CODES)),
  comment: z.nullable(z.string()),
  ratedAt: Instant,
  /** The staff member who handled the service, who answers for the case; null when the rating names none. */
  assignee: z.nullable(Slug),
  state: z.enum(CASE_STATES),
  /** The end (24:00 China Standard Time) of the first working day after the rating. */
  callbackDueAt: Instant,
  /** The end of the station's `rectifyWorkingDays`-th working day after the rating. */
  rectifyDueAt: Instant,
  /** Past a due date that still applies, by the server's clock at the time of reading. */
  overdue: z.boolean(),
  /** Why the case was voided on appeal, kept on record; null otherwise. */
  voidReason: z.nullable(z.string()),
  history: z.array(CaseEventSchema),
});
export const CaseListSchema = z.object({ cases: z.array(CaseSchema) });

/** `POST /api/v1/admin/cases/{id}/transitions`. */
export const CaseTransitionRequestSchema = z.strictObject({
  to: z.enum(CASE_STATES),
  note: Text(1000),
  /** Required to void a case: why the appeal succeeded. */
  reason: z.optional(Text(1000)),
  /**
   * Ignored, still accepted so older clients keep working: the history names who acted from their
   * credentials (the account, or `admin-token`), never from the request.
   */
  by: z.optional(Text(50)),
});

/** `GET /api/v1/admin/cases/summary`. */
export const CaseSummaryQuerySchema = z.object({
  station: z.optional(Slug),
  from: StatsQuerySchema.shape.from,
  to: StatsQuerySchema.shape.to,
});

const Rate = z.nullable(z.number());
/** Bad reviews that stand (voided ones leave every count) and how they were handled. */
export const CaseSummarySchema = z.object({
  badReviews: z.number(),
  calledBack: z.number(),
  rectified: z.number(),
  satisfied: z.number(),
  notSatisfied: z.number(),
  overdue: z.number(),
  /** 差评回复率: called back over bad reviews; null when there were none. */
  replyRate: Rate,
  /** 回访整改率: rectified over bad reviews. */
  rectificationRate: Rate,
  /** 回访整改满意率: satisfied over rectified. */
  satisfactionWithRectification: Rate,
});

/** Thresholds below which a station loses its standing as a 人民满意窗口 / people's satisfaction station. */
export const StandingThresholdsSchema = z.strictObject({
  minGoodReviewRate: z._default(z.number().check(z.gte(0), z.lte(1)), 0.95),
  maxOverdueCases: z._default(z.number().check(z.int(), z.gte(0)), 0),
  minReplyRate: z._default(z.number().check(z.gte(0), z.lte(1)), 0.9),
});

/** `GET|PUT /api/v1/admin/stations/{stationId}/handling-settings`; every field has a default. */
export const HandlingSettingsSchema = z.strictObject({
  /** Working days to rectify a bad review (国办发〔2019〕51号: 15). */
  rectifyWorkingDays: z._default(z.number().check(z.int(), z.gte(1), z.lte(60)), 15),
  /** Working days to reply to a complaint. */
  complaintReplyWorkingDays: z._default(z.number().check(z.int(), z.gte(1), z.lte(60)), 5),
  /**
   * Days after which a device's rating counts only once a manager accepts it (as one made in a
   * month already published does): long enough for a tablet offline for weeks.
   */
  lateAfterDays: z._default(z.number().check(z.int(), z.gte(1), z.lte(366)), 30),
  standingThresholds: z._default(StandingThresholdsSchema, { minGoodReviewRate: 0.95, maxOverdueCases: 0, minReplyRate: 0.9 }),
  /** Whether a partly substantiated complaint (部分查实) costs the staff member points as a substantiated one does. */
  partlySubstantiatedDeducts: z._default(z.boolean(), false),
});
export type HandlingSettings = z.infer<typeof HandlingSettingsSchema>;
export type CaseTransitionRequest = z.output<typeof CaseTransitionRequestSchema>;
