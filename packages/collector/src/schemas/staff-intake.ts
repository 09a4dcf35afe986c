/** Request and answer shapes of complaints and consultations keyed in by staff. */
import { ComplaintRecordSchema, Instant, Phone, Text } from '@manyi/core';
import * as z from 'zod/mini';
import { INTAKE_CHANNELS } from '../complaint-intake-channels.js';

const complaint = ComplaintRecordSchema.shape;
const IntakeChannelSchema = z.enum(INTAKE_CHANNELS);

/**
 * `POST /api/v1/admin/stations/{stationId}/complaints`: a complaint from the box, the phone (12345
 * transfers too), a letter, a visit or a symposium, keyed in by the person signed in. `receivedAt`
 * is when it reached the station (the box was opened, the call taken); `id` (UUIDv7) makes retries
 * safe. Contact details need `consent`, as at the kiosk.
 */
export const StaffComplaintRequestSchema = z.strictObject({
  id: z.optional(complaint.id),
  channel: IntakeChannelSchema,
  receivedAt: Instant,
  category: complaint.category,
  windowId: complaint.windowId,
  staffId: complaint.staffId,
  serviceItemId: complaint.serviceItemId,
  description: complaint.description,
  wantsReply: z._default(z.boolean(), false),
  contact: complaint.contact,
  consent: complaint.consent,
});
export type StaffComplaintRequest = z.output<typeof StaffComplaintRequestSchema>;

/** `201` for a new complaint, `200` when the same `id` was keyed in before. */
export const StaffComplaintFiledSchema = z.object({ trackingNo: z.string(), created: z.boolean() });

/** `POST /api/v1/admin/stations/{stationId}/consultations`: a question (咨询), logged apart from complaints. */
export const ConsultationRequestSchema = z.strictObject({
  channel: IntakeChannelSchema,
  receivedAt: Instant,
  topic: Text(2000),
  answer: z.optional(Text(2000)),
  contact: z.optional(z.object({ name: z.optional(Text(50)), phone: Phone })),
});
export type ConsultationRequest = z.output<typeof ConsultationRequestSchema>;

export const ConsultationSchema = z.object({
  id: z.string(),
  stationId: z.string(),
  channel: IntakeChannelSchema,
  receivedAt: Instant,
  topic: z.string(),
  answer: z.nullable(z.string()),
  contact: z.nullable(z.object({ name: z.nullable(z.string()), phone: z.string() })),
  keyedBy: z.string(),
  createdAt: Instant,
});
export const ConsultationListSchema = z.object({ items: z.array(ConsultationSchema) });
export type Consultation = z.infer<typeof ConsultationSchema>;
