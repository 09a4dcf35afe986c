/** Request and answer shapes of the admin calls for complaints, devices and exports (admin token). */
import { ChannelSchema, ComplaintCategorySchema, Instant, Slug, StatsQuerySchema, Text } from '@manyi/core';
import * as z from 'zod/mini';
import { FINDINGS, HANDLING_SATISFACTION } from '../complaint-findings.js';
import { HANDLING_STATUSES } from '../complaint-handling.js';
import { INTAKE_CHANNELS } from '../complaint-intake-channels.js';

const ProvenanceSchema = z.enum(['device', 'web', 'staff']);

/** `GET /api/v1/admin/complaints?station=&status=&limit=`, newest first. */
export const ComplaintListQuerySchema = z.object({
  station: z.optional(Slug),
  status: z.optional(z.enum(HANDLING_STATUSES)),
  limit: z._default(z.coerce.number().check(z.int(), z.gte(1), z.lte(1000)), 100),
});

/** A complaint as the station's handlers see it, contact details included while they are kept. */
export const AdminComplaintSchema = z.object({
  trackingNo: z.string(),
  recordId: z.string(),
  stationId: Slug,
  category: ComplaintCategorySchema,
  windowId: z.nullable(Slug),
  staffId: z.nullable(Slug),
  serviceItemId: z.nullable(Slug),
  description: z.string(),
  wantsReply: z.boolean(),
  contact: z.nullable(z.object({ name: z.nullable(z.string()), phone: z.string() })),
  contactErasedAt: z.nullable(Instant),
  status: z.enum(HANDLING_STATUSES),
  assignee: z.nullable(z.string()),
  publicReply: z.nullable(z.string()),
  receivedAt: Instant,
  assignedAt: z.nullable(Instant),
  repliedAt: z.nullable(Instant),
  closedAt: z.nullable(Instant),
  channel: ChannelSchema,
  provenance: ProvenanceSchema,
  deviceId: z.nullable(z.string()),
  finding: z.nullable(z.object({ code: z.enum(FINDINGS), reasons: z.string(), by: z.string(), at: Instant })),
  /** A supervisor set it aside: it counts against nobody. */
  voided: z.nullable(z.object({ reason: z.string(), by: z.string(), at: Instant })),
  /** The citizen's satisfaction with the handling, asked after the reply (回访满意度). */
  satisfaction: z.nullable(z.object({ level: z.enum(HANDLING_SATISFACTION), via: z.string(), by: z.string(), at: Instant })),
  /** Keyed in by staff: how it reached the station, and who keyed it. */
  intakeChannel: z.nullable(z.enum(INTAKE_CHANNELS)),
  keyedBy: z.nullable(z.string()),
  descriptionErasedAt: z.nullable(Instant),
  /** The staff member's appeal (申诉) of the finding; `decision` null while the supervisor has not decided. */
  appeal: z.nullable(
    z.object({
      note: z.string(),
      by: z.string(),
      at: Instant,
      decision: z.nullable(z.enum(['upheld', 'overturned'])),
      decisionNote: z.nullable(z.string()),
      decidedBy: z.nullable(z.string()),
      decidedAt: z.nullable(Instant),
    }),
  ),
});
export const AdminComplaintListSchema = z.object({ items: z.array(AdminComplaintSchema) });

/**
 * `POST /api/v1/admin/complaints/{trackingNo}/reply`: the reply the citizen reads with the
 * tracking number (write no personal data into it). `status` `closed` also closes the complaint,
 * and may leave `publicReply` out to keep the reply already given.
 */
export const ComplaintReplyRequestSchema = z.strictObject({
  publicReply: z.optional(Text(2000)),
  status: z._default(z.enum(['replied', 'closed']), 'replied'),
});

/** `POST /api/v1/admin/complaints/{trackingNo}/assign`: who owns the complaint from now on (首问负责制). */
export const ComplaintAssignRequestSchema = z.strictObject({ assignee: Text(50) });

export const DeviceStatusSchema = z.object({
  id: z.string(),
  stationId: Slug,
  name: z.nullable(z.string()),
  createdAt: Instant,
  trackingNode: z.nullable(z.number()),
  revokedAt: z.nullable(Instant),
  /** When the device last sent a batch. */
  lastSeenAt: z.nullable(Instant),
  /** Its newest heartbeat: what was still waiting on the tablet then. */
  lastHeartbeat: z.nullable(
    z.object({
      at: Instant,
      pending: z.number(),
      quarantined: z.number(),
      oldestPendingAt: z.nullable(Instant),
      lastSuccessAt: z.nullable(Instant),
      persisted: z.boolean(),
      appVersion: z.string(),
      /** The window the tablet was set to, so managers see which tablet stands where. */
      windowId: z.optional(Slug),
    }),
  ),
});
/** `GET /api/v1/admin/stations/{stationId}/devices`, oldest enrollment first. */
export const DeviceListSchema = z.object({ items: z.array(DeviceStatusSchema) });

/**
 * `GET /api/v1/admin/export.csv`: `from`/`to` as in stats (a date is the station's local day, `to`
 * inclusive); `includePersonal=true` adds complaint contact details and is logged.
 */
export const ExportQuerySchema = z.object({
  station: Slug,
  from: StatsQuerySchema.shape.from,
  to: StatsQuerySchema.shape.to,
  kind: z._default(z.enum(['rating', 'complaint']), 'rating'),
  includePersonal: z._default(z.enum(['true', 'false']), 'false'),
});
export type ExportQuery = z.infer<typeof ExportQuerySchema>;
