/**
 * Request and answer shapes of the public web channel (`/api/v1/public/…`, no sign-in). Bodies
 * are the shared record schemas less what the collector fills in itself; the whole record is then
 * checked against the shared schema, so the rules (a bad review needs a reason, contact details
 * need consent) are the same as for a kiosk.
 */
import { ComplaintCategorySchema, ComplaintRecordSchema, Instant, RatingRecordSchema, Slug } from '@manyi/core';
import * as z from 'zod/mini';
import { HANDLING_STATUSES } from '../complaint-handling.js';

/** How a citizen reached the web form: a portal page, or the QR code on a ticket (late rating, 补充评价). */
export const WebChannelSchema = z.enum(['web', 'qr']);

const complaint = ComplaintRecordSchema.shape;

/**
 * `POST /api/v1/public/complaints`. `id` (UUIDv7) is optional: a client that sends one may retry
 * safely and gets the same tracking number back. `trackingNo` is refused — the collector makes it —
 * and `createdAt` is kept only as the client's clock reading: the complaint counts from its arrival.
 */
export const PublicComplaintRequestSchema = z.strictObject({
  id: z.optional(complaint.id),
  kind: z.optional(complaint.kind),
  createdAt: z.optional(Instant),
  channel: z.optional(WebChannelSchema),
  stationId: complaint.stationId,
  category: complaint.category,
  windowId: complaint.windowId,
  staffId: complaint.staffId,
  serviceItemId: complaint.serviceItemId,
  description: complaint.description,
  wantsReply: complaint.wantsReply,
  contact: complaint.contact,
  consent: complaint.consent,
});
export type PublicComplaintRequest = z.infer<typeof PublicComplaintRequestSchema>;

/**
 * `201` for a new complaint, `200` when the same `id` was filed before (same tracking number). The
 * short `secret` is shown and printed with the number: the status lookup needs both.
 */
export const PublicComplaintFiledSchema = z.object({ trackingNo: z.string(), secret: z.string() });

/** `GET /api/v1/public/complaints/{trackingNo}?secret=…`. */
export const ComplaintStatusQuerySchema = z.object({ secret: z.optional(z.string().check(z.maxLength(32))) });
export type PublicComplaintFiled = z.infer<typeof PublicComplaintFiledSchema>;

/**
 * `GET /api/v1/public/complaints/{trackingNo}?secret=…`: whoever holds the number and its secret may read this, so it
 * carries no contact details and not the description either (citizens write names and phone
 * numbers into it).
 */
export const PublicComplaintStatusSchema = z.object({
  trackingNo: z.string(),
  stationId: Slug,
  category: ComplaintCategorySchema,
  status: z.enum(HANDLING_STATUSES),
  receivedAt: Instant,
  repliedAt: z.nullable(Instant),
  closedAt: z.nullable(Instant),
  publicReply: z.nullable(z.string()),
});
export type PublicComplaintStatus = z.infer<typeof PublicComplaintStatusSchema>;

const rating = RatingRecordSchema.shape;

/**
 * `POST /api/v1/public/ratings`: the visitor's answer and the service event's `ratingToken`. The
 * token, not the body, says which station, window, staff member, service item and ticket are rated,
 * so the body names none of them. `id` (UUIDv7) makes a retry safe.
 */
export const PublicRatingRequestSchema = z.strictObject({
  ratingToken: z.string().check(z.minLength(1, 'a rating needs the ratingToken of the service rated'), z.maxLength(200)),
  id: z.optional(rating.id),
  createdAt: z.optional(Instant),
  channel: z.optional(WebChannelSchema),
  scale: rating.scale,
  answer: rating.answer,
  level: rating.level,
  reasons: rating.reasons,
  comment: rating.comment,
});
export type PublicRatingRequest = z.infer<typeof PublicRatingRequestSchema>;

/** `201` accepted, `200` duplicate (this id was stored before with the same content). */
export const PublicRatingAnswerSchema = z.object({ id: z.string(), status: z.enum(['accepted', 'duplicate']) });
export type PublicRatingAnswer = z.infer<typeof PublicRatingAnswerSchema>;

/** `GET /api/v1/public/stations/{stationId}/results?month=YYYY-MM`. */
export const StationResultsQuerySchema = z.object({
  month: z.string().check(z.regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'use a month written YYYY-MM, e.g. 2026-11')),
});

/** Counts per national level (`"5"` 非常满意 … `"1"` 非常不满意) and the figures made from them. */
export const ResultFiguresSchema = z.object({
  levels: z.object({ 1: z.number(), 2: z.number(), 3: z.number(), 4: z.number(), 5: z.number() }),
  total: z.number(),
  /** 好评率, 0–1; null when nobody rated. */
  goodReviewRate: z.nullable(z.number()),
  badReviewCount: z.number(),
});
export type ResultFigures = z.infer<typeof ResultFiguresSchema>;

/** A station's published monthly results (公示): no personal data, misuse left out. */
export const StationResultsSchema = z.object({
  stationId: Slug,
  stationName: z.string(),
  month: z.string(),
  /** The month's bounds in China Standard Time, as ISO UTC instants (`to` exclusive). */
  from: Instant,
  to: Instant,
  /** False while the month is still running. */
  complete: z.boolean(),
  overall: ResultFiguresSchema,
  windows: z.array(z.extend(ResultFiguresSchema, { windowId: z.nullable(Slug), windowName: z.nullable(z.string()) })),
});
export type StationResults = z.infer<typeof StationResultsSchema>;
