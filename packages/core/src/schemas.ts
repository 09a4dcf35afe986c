/**
 * The shapes that cross Manyi's boundaries, written once with zod/mini (≈6 KB in a browser bundle)
 * and used by the elements, the outbox, the kiosk and the collector alike.
 */
import * as z from 'zod/mini';
import { isBadReview, type NationalLevel } from './levels.js';
import { BAD_REVIEW_REASON_CODES } from './reasons.js';
import { nationalLevelOf, type ScaleId } from './scales.js';

/** Identifiers of stations, windows, staff and service items: short, URL-safe, readable. */
export const Slug = z
  .string()
  .check(z.regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/, 'use 1–64 letters, digits, "-" or "_", starting with a letter or digit'));

export const ScaleIdSchema = z.union([z.literal(3), z.literal(4), z.literal(5)]);
export const NationalLevelSchema = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5)]);

/** Where a record came from. `staff` (keyed in by staff) can never pass as `device` (tapped). */
export const CHANNELS = ['device', 'web', 'qr', 'sms', 'hotline', 'paper', 'staff'] as const;
export const ChannelSchema = z.enum(CHANNELS);

const Millis = z.number().check(z.int(), z.gte(0), z.lte(86_400_000));

export const RatingRecordSchema = z
  .object({
    id: z.uuidv7(),
    kind: z.literal('rating'),
    /** The device's own running number for its records, for gap detection. */
    seq: z.optional(z.number().check(z.int(), z.gte(0))),
    /** When the visitor tapped, by the device's clock; the collector corrects skew with `sentAt`. */
    createdAt: z.iso.datetime({ offset: true }),
    stationId: Slug,
    windowId: Slug,
    staffId: z.optional(Slug),
    serviceItemId: z.optional(Slug),
    /** 办件号: the service event rated (one rating per service event). */
    ticket: z.optional(z.string().check(z.minLength(1), z.maxLength(64))),
    channel: ChannelSchema,
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

/** Every record kind the collector ingests, told apart by `kind`. */
export const RecordSchema = z.discriminatedUnion('kind', [RatingRecordSchema]);
export type ManyiRecord = z.infer<typeof RecordSchema>;
export type RecordKind = ManyiRecord['kind'];

export const MAX_BATCH_RECORDS = 500;

/** `POST /api/v1/records/batch`. Records are checked one by one so one bad record rejects only itself. */
export const BatchRequestSchema = z.object({
  deviceId: z.string().check(z.minLength(1), z.maxLength(64)),
  sentAt: z.iso.datetime({ offset: true }),
  records: z.array(z.unknown()).check(z.maxLength(MAX_BATCH_RECORDS)),
});
export type BatchRequest = z.infer<typeof BatchRequestSchema>;

export const RECORD_STATUSES = ['accepted', 'duplicate', 'rejected'] as const;
export const BatchResultSchema = z.object({
  id: z.nullable(z.string()),
  status: z.enum(RECORD_STATUSES),
  error: z.optional(z.object({ code: z.string(), message: z.string() })),
});
export type BatchResult = z.infer<typeof BatchResultSchema>;
export const BatchResponseSchema = z.object({ results: z.array(BatchResultSchema) });
export type BatchResponse = z.infer<typeof BatchResponseSchema>;

export const EnrollRequestSchema = z.object({
  code: z.string().check(z.trim(), z.minLength(4, 'enter the enrollment code'), z.maxLength(64)),
  name: z.optional(z.string().check(z.trim(), z.maxLength(100))),
});
export const EnrollResponseSchema = z.object({ deviceId: z.string(), token: z.string(), stationId: Slug });
export type EnrollResponse = z.infer<typeof EnrollResponseSchema>;

/** The settings of a station that its kiosks follow. */
export const StationSettingsSchema = z.object({
  scale: ScaleIdSchema,
  /** Taps closer together than this on one pad are ignored and flagged as misuse. */
  cooldownMs: Millis,
  /** How long the thank-you screen stays. */
  thankYouMs: Millis,
  /** How long an untouched screen waits before returning to the rating screen. */
  idleResetMs: Millis,
});
export type StationSettings = z.infer<typeof StationSettingsSchema>;

export const StationPatchSchema = z
  .strictObject({
    scale: z.optional(ScaleIdSchema),
    cooldownMs: z.optional(Millis),
    thankYouMs: z.optional(Millis),
    idleResetMs: z.optional(Millis),
    name: z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(100))),
  })
  .check(z.refine((p) => Object.keys(p).length > 0, 'send at least one setting to change'));
export type StationPatch = z.infer<typeof StationPatchSchema>;

export const WindowSchema = z.object({ id: Slug, name: z.string() });
export type ServiceWindow = z.infer<typeof WindowSchema>;

export const StationSchema = z.extend(StationSettingsSchema, { id: Slug, name: z.string() });
export type Station = z.infer<typeof StationSchema>;

/** `GET /api/v1/devices/me/config`: what a kiosk needs to run, cached for offline use. */
export const DeviceConfigSchema = z.object({
  deviceId: z.string(),
  station: StationSchema,
  windows: z.array(WindowSchema),
});
export type DeviceConfig = z.infer<typeof DeviceConfigSchema>;

export const STATS_GROUPS = ['window', 'staff', 'serviceItem', 'day', 'hour'] as const;
export type StatsGroup = (typeof STATS_GROUPS)[number];
export const StatsQuerySchema = z.object({
  station: Slug,
  from: z.optional(z.union([z.iso.date(), z.iso.datetime({ offset: true })])),
  to: z.optional(z.union([z.iso.date(), z.iso.datetime({ offset: true })])),
  by: z.optional(z.enum(STATS_GROUPS)),
});
export type StatsQuery = z.infer<typeof StatsQuerySchema>;

/** The JSON every error answer carries. */
export interface ErrorBody {
  error: { code: string; message: string };
}
