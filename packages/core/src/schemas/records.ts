/** The records a device or the web channel produces; each carries a client-made UUIDv7 id and a kind. */
import * as z from 'zod/mini';
import { isBadReview, type NationalLevel } from '../levels.js';
import { BAD_REVIEW_REASON_CODES } from '../reasons.js';
import { nationalLevelOf, type ScaleId } from '../scales.js';
import { TRACKING_PREFIXES, validateTrackingNumber } from '../tracking-number.js';
import { ChannelSchema, Instant, Phone, Slug, Text } from './common.js';
import { ComplaintCategorySchema } from './complaint-category.js';
import { NationalLevelSchema, ScaleIdSchema } from './levels.js';

/** What every record has. */
const base = {
  id: z.uuidv7(),
  /** The device's own running number for its records, for gap detection. */
  seq: z.optional(z.number().check(z.int(), z.gte(0))),
  /** When it happened, by the device's clock; the collector corrects skew with the batch's `sentAt`. */
  createdAt: Instant,
  stationId: Slug,
  channel: ChannelSchema,
};

export const RatingRecordSchema = z
  .object({
    ...base,
    kind: z.literal('rating'),
    windowId: Slug,
    staffId: z.optional(Slug),
    serviceItemId: z.optional(Slug),
    /** 办件号: the service event rated (one rating per service event). */
    ticket: z.optional(z.string().check(z.minLength(1), z.maxLength(64))),
    /** The service event rated (`POST …/service-events`): the collector counts one rating per event. */
    eventId: z.optional(z.uuidv7()),
    scale: ScaleIdSchema,
    /** The raw answer on its scale: 1 is the worst face. */
    answer: z.number().check(z.int(), z.gte(1), z.lte(5)),
    level: NationalLevelSchema,
    reasons: z.optional(z.array(z.enum(BAD_REVIEW_REASON_CODES)).check(z.maxLength(BAD_REVIEW_REASON_CODES.length))),
    comment: z.optional(z.string().check(z.maxLength(500))),
    /** Set by the pad when taps came faster than its cooldown: kept, but out of the figures. */
    misuse: z.optional(z.boolean()),
  })
  .check(
    z.refine((r) => nationalLevelOf(r.scale as ScaleId, r.answer) === r.level, {
      message: 'level does not match the answer on this scale',
      path: ['level'],
    }),
    z.refine((r) => !isBadReview(r.level as NationalLevel) || (r.reasons?.length ?? 0) > 0 || (r.comment ?? '').trim() !== '', {
      message: 'a bad review needs at least one reason or a comment',
      path: ['reasons'],
    }),
  );
export type RatingRecord = z.infer<typeof RatingRecordSchema>;

/** One missing or defective material on a one-time notice. */
export const NoticeItemSchema = z.object({
  materialId: z.optional(Slug),
  name: Text(200),
  problem: z.enum(['missing', 'defective']),
  /** What is wrong with it, or what exactly to bring. */
  detail: z.optional(Text(500)),
});
export type NoticeItem = z.infer<typeof NoticeItemSchema>;

/**
 * 一次性告知书: every missing or defective material, told at once (Administrative Licensing Law
 * art. 32(4)). The applicant's contact is kept only to send the notice and check a second trip.
 */
export const NoticeRecordSchema = z.object({
  ...base,
  kind: z.literal('notice'),
  noticeNo: Text(32),
  windowId: Slug,
  staffId: z.optional(Slug),
  serviceItemId: Slug,
  applicant: z.object({ name: Text(50), phone: z.optional(Phone) }),
  items: z.array(NoticeItemSchema).check(z.minLength(1, 'a notice lists at least one missing or defective material'), z.maxLength(200)),
  legalBasis: z.optional(Text(1000)),
  /** Working days the applicant has to bring the materials. */
  timeLimitDays: z.optional(z.number().check(z.int(), z.gte(0), z.lte(365))),
  place: z.optional(Text(200)),
  queryPhone: z.optional(Text(32)),
});
export type NoticeRecord = z.infer<typeof NoticeRecordSchema>;

/** A kiosk's periodic word on its own health, so managers see a tablet that stopped syncing. */
export const HeartbeatRecordSchema = z.object({
  ...base,
  kind: z.literal('heartbeat'),
  windowId: z.optional(Slug),
  pending: z.number().check(z.int(), z.gte(0)),
  quarantined: z.number().check(z.int(), z.gte(0)),
  oldestPendingAt: z.nullable(Instant),
  lastSuccessAt: z.nullable(Instant),
  persisted: z.boolean(),
  storageUsage: z.nullable(z.number().check(z.gte(0))),
  storageQuota: z.nullable(z.number().check(z.gte(0))),
  appVersion: Text(64),
});
export type HeartbeatRecord = z.infer<typeof HeartbeatRecordSchema>;

/** A tracking number a citizen can read out on the phone, checked by its check character. */
const TrackingNo = (prefix: string) =>
  z
    .string()
    .check(
      z.refine(
        (n) => validateTrackingNumber(n, { prefixes: [prefix] }).valid,
        'not a valid tracking number (check for a mistyped character)',
      ),
    );

/**
 * A complaint (投诉). Anonymous by default: contact details are kept only when the citizen asks
 * for a reply and consents to their use for it.
 */
export const ComplaintRecordSchema = z
  .object({
    ...base,
    kind: z.literal('complaint'),
    /** Made on the device, so the citizen gets it even offline. */
    trackingNo: TrackingNo(TRACKING_PREFIXES.complaint),
    category: ComplaintCategorySchema,
    windowId: z.optional(Slug),
    staffId: z.optional(Slug),
    serviceItemId: z.optional(Slug),
    description: Text(2000),
    wantsReply: z.boolean(),
    contact: z.optional(z.object({ name: z.optional(Text(50)), phone: Phone })),
    /** The citizen agreed that the contact details are used to reply to this complaint. */
    consent: z.optional(z.boolean()),
  })
  .check(
    z.refine((c) => !c.wantsReply || c.contact !== undefined, { message: 'a reply needs a phone number to reply to', path: ['contact'] }),
    z.refine((c) => c.contact === undefined || c.consent === true, {
      message: "contact details are kept only with the citizen's consent",
      path: ['consent'],
    }),
  );
export type ComplaintRecord = z.infer<typeof ComplaintRecordSchema>;
