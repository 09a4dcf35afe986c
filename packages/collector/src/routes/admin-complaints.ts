import type * as z from 'zod/mini';
import { complaintAt, complaintDetail, handleComplaint, handOverComplaint } from '../complaint-desk.js';
import { noteAudit } from '../http/audit-trail.js';
import { HANDLE_COMPLAINTS, READ_PERSONAL } from '../http/roles.js';
import { type Input, op, type Route } from '../http/route.js';
import { withMaskedContact } from '../personal-data.js';
import {
  AdminComplaintListSchema,
  ComplaintAssignRequestSchema,
  ComplaintListQuerySchema,
  ComplaintReplyRequestSchema,
} from '../schemas/admin.js';
import { AdminComplaintDetailSchema, ComplaintHandoverRequestSchema } from '../schemas/ledger.js';
import type { Store } from '../store/store.js';

const base = { tag: 'complaints', auth: READ_PERSONAL } as const;
const CHANGED = 'The complaint is closed, or someone changed it just now.';

/** A handling step, `POST …/complaints/{trackingNo}/{path}`: answers the complaint as it is now. */
function step<B extends z.ZodMiniType>(
  path: string,
  spec: {
    id: string;
    summary: string;
    body: Input<B>;
    errors: Record<number, string>;
    apply(
      store: Store,
      trackingNo: string,
      body: z.output<B>,
    ): Promise<{ stationId: string; contact: { name: string | null; phone: string } | null }>;
  },
): Route {
  return op<undefined, B>({
    ...base,
    auth: HANDLE_COMPLAINTS,
    id: spec.id,
    method: 'post',
    path: `/api/v1/admin/complaints/:trackingNo/${path}`,
    summary: spec.summary,
    body: spec.body,
    responses: [{ status: 200, description: 'The complaint as it is now.', schema: AdminComplaintDetailSchema }],
    errors: spec.errors,
    // The body is checked before the complaint is looked up.
    handle: async ({ store, body, param }, c) => {
      const complaint = await spec.apply(store, param('trackingNo'), await body());
      noteAudit(c, { stationId: complaint.stationId });
      return c.json(withMaskedContact(complaint));
    },
  });
}

/** Complaint handling for a station's staff (never observers: complaints carry contacts); the body is checked before the complaint is looked up. */
export const COMPLAINT_ROUTES = [
  op({
    ...base,
    id: 'listComplaints',
    method: 'get',
    path: '/api/v1/admin/complaints',
    summary: 'Complaints, newest first',
    personal: true,
    query: { schema: ComplaintListQuerySchema, code: 'invalid-query' },
    responses: [{ status: 200, description: 'The complaints.', schema: AdminComplaintListSchema }],
    handle: async ({ store, query }, c) => {
      const { station, status, limit } = query();
      if (station !== undefined) noteAudit(c, { target: station, stationId: station });
      const items = await store.complaints.list({ stationId: station, status, limit, newestFirst: true });
      return c.json({ items: items.map(withMaskedContact) });
    },
  }),
  op({
    ...base,
    id: 'getComplaint',
    method: 'get',
    path: '/api/v1/admin/complaints/:trackingNo',
    summary: 'One complaint with its handling, history, reply deadline and whether it is overdue',
    personal: true,
    responses: [{ status: 200, description: 'The complaint.', schema: AdminComplaintDetailSchema }],
    errors: { 400: 'Not a valid tracking number.', 404: 'No such complaint.' },
    handle: async ({ store, param }, c) => {
      const complaint = await complaintAt(store, param('trackingNo'));
      noteAudit(c, { stationId: complaint.stationId });
      return c.json(withMaskedContact(await complaintDetail(store, complaint)));
    },
  }),
  step('handover', {
    id: 'handOverComplaint',
    summary: 'Hand a complaint to a colleague; the first-inquiry owner (首问负责人) stays on record',
    body: { schema: ComplaintHandoverRequestSchema, code: 'invalid-handover' },
    errors: { 404: 'No such complaint.', 409: 'The complaint is closed, or nobody owns it yet (assign it first).' },
    apply: handOverComplaint,
  }),
  step('reply', {
    id: 'replyToComplaint',
    summary: 'Give the public reply, and optionally close the complaint',
    body: { schema: ComplaintReplyRequestSchema, code: 'invalid-reply' },
    errors: { 404: 'No such complaint.', 409: CHANGED },
    apply: (store, trackingNo, { publicReply, status }) =>
      handleComplaint(store, trackingNo, { type: 'reply', publicReply, close: status === 'closed' }),
  }),
  step('assign', {
    id: 'assignComplaint',
    summary: 'Hand the complaint to the person who owns it from now on (首问负责制)',
    body: { schema: ComplaintAssignRequestSchema, code: 'invalid-assignment' },
    errors: { 404: 'No such complaint.', 409: CHANGED },
    apply: (store, trackingNo, { assignee }) => handleComplaint(store, trackingNo, { type: 'assign', assignee }),
  }),
];
