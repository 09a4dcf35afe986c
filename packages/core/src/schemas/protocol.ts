/** The collector's protocol: batches, enrolment, device configuration, stats queries, errors. */
import * as z from 'zod/mini';
import { Instant, Slug } from './common.js';
import { ComplaintRecordSchema, HeartbeatRecordSchema, NoticeRecordSchema, RatingRecordSchema } from './records.js';
import { CommitmentSchema, ServiceItemSchema, StaffSchema, StationSchema, WindowSchema } from './station.js';

/** Every record kind the collector ingests, told apart by `kind`. */
export const RecordSchema = z.discriminatedUnion('kind', [
  RatingRecordSchema,
  ComplaintRecordSchema,
  NoticeRecordSchema,
  HeartbeatRecordSchema,
]);
export type ManyiRecord = z.infer<typeof RecordSchema>;
export type RecordKind = ManyiRecord['kind'];

export const MAX_BATCH_RECORDS = 500;

/** `POST /api/v1/records/batch`. Records are checked one by one so one bad record rejects only itself. */
export const BatchRequestSchema = z.object({
  deviceId: z.string().check(z.minLength(1), z.maxLength(64)),
  sentAt: Instant,
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

/** `GET /api/v1/devices/me/config`: what a kiosk needs to run, cached for offline use. */
export const DeviceConfigSchema = z.object({
  deviceId: z.string(),
  station: StationSchema,
  windows: z.array(WindowSchema),
  staff: z.array(StaffSchema),
  serviceItems: z.array(ServiceItemSchema),
  commitments: z.array(CommitmentSchema),
  /** SHA-256 of `manyi-kiosk-pin:<stationId>:<pin>`: lets the tablet check the station's PIN offline. */
  kioskPinHash: z.optional(z.string().check(z.regex(/^[0-9a-f]{64}$/))),
  /** This device's number for tracking numbers it makes offline (unique per collector database). */
  trackingNode: z.optional(z.number().check(z.int(), z.gte(0), z.lte(1023))),
});
export type DeviceConfig = z.infer<typeof DeviceConfigSchema>;

/**
 * The service a window's tablet offers the rating pad for (`GET /api/v1/devices/me/service-event`):
 * started by a clerk, not rated yet. The tablet's rating carries all of it.
 */
export const ServiceEventSchema = z.object({
  eventId: z.uuidv7(),
  windowId: Slug,
  staffId: z.optional(Slug),
  serviceItemId: z.optional(Slug),
  ticket: z.string().check(z.minLength(1), z.maxLength(64)),
  startedAt: Instant,
});
export type ServiceEvent = z.infer<typeof ServiceEventSchema>;
export const CurrentServiceEventSchema = z.object({ event: z.nullable(ServiceEventSchema) });
export type CurrentServiceEvent = z.infer<typeof CurrentServiceEventSchema>;

export const STATS_GROUPS = ['window', 'staff', 'serviceItem', 'day', 'hour', 'station'] as const;
export type StatsGroup = (typeof STATS_GROUPS)[number];
/** Groupings whose ids are a station's own, so they mean nothing across a region's stations. */
const STATION_OWN_GROUPS: readonly StatsGroup[] = ['window', 'staff', 'serviceItem'];

/** One station's figures (`station=`), or a region's with every station within it (`region=`). */
export const StatsQuerySchema = z
  .object({
    station: z.optional(Slug),
    region: z.optional(Slug),
    from: z.optional(z.union([z.iso.date(), z.iso.datetime({ offset: true })])),
    to: z.optional(z.union([z.iso.date(), z.iso.datetime({ offset: true })])),
    by: z.optional(z.enum(STATS_GROUPS)),
  })
  .check(
    z.refine((q) => (q.station === undefined) !== (q.region === undefined), 'give either station=… or region=…, one of them'),
    z.refine(
      (q) => q.region === undefined || q.by === undefined || !STATION_OWN_GROUPS.includes(q.by),
      "by=window, staff or serviceItem needs station=…: those ids are each station's own; a region groups by station, day or hour",
    ),
  );
export type StatsQuery = z.infer<typeof StatsQuerySchema>;

/** The JSON every error answer carries. */
export interface ErrorBody {
  error: { code: string; message: string };
}
