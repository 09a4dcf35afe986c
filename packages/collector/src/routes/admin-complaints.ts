import { complaintAt, complaintDetail, handleComplaint, handOverComplaint } from '../complaint-desk.js';
import { op } from '../http/route.js';
import {
  AdminComplaintListSchema,
  ComplaintAssignRequestSchema,
  ComplaintListQuerySchema,
  ComplaintReplyRequestSchema,
} from '../schemas/admin.js';
import { AdminComplaintDetailSchema, ComplaintHandoverRequestSchema } from '../schemas/ledger.js';

const base = { tag: 'complaints', auth: 'admin' } as const;
const CHANGED = 'The complaint is closed, or someone changed it just now.';

/** Complaint handling for a station's staff (admin token); the body is checked before the complaint is looked up. */
export const COMPLAINT_ROUTES = [
  op({
    ...base,
    id: 'listComplaints',
    method: 'get',
    path: '/api/v1/admin/complaints',
    summary: 'Complaints, newest first',
    query: { schema: ComplaintListQuerySchema, code: 'invalid-query' },
    responses: [{ status: 200, description: 'The complaints.', schema: AdminComplaintListSchema }],
    handle: async ({ store, query }, c) => {
      const { station, status, limit } = query();
      return c.json({ items: await store.listComplaints({ stationId: station, status, limit, newestFirst: true }) });
    },
  }),
  op({
    ...base,
    id: 'getComplaint',
    method: 'get',
    path: '/api/v1/admin/complaints/:trackingNo',
    summary: 'One complaint with its handling, history, reply deadline and whether it is overdue',
    responses: [{ status: 200, description: 'The complaint.', schema: AdminComplaintDetailSchema }],
    errors: { 400: 'Not a valid tracking number.', 404: 'No such complaint.' },
    handle: async ({ store, param }, c) => c.json(await complaintDetail(store, await complaintAt(store, param('trackingNo')))),
  }),
  op({
    ...base,
    id: 'handOverComplaint',
    method: 'post',
    path: '/api/v1/admin/complaints/:trackingNo/handover',
    summary: 'Hand a complaint to a colleague; the first-inquiry owner (首问负责人) stays on record',
    body: { schema: ComplaintHandoverRequestSchema, code: 'invalid-handover' },
    responses: [{ status: 200, description: 'The complaint as it is now.', schema: AdminComplaintDetailSchema }],
    errors: { 404: 'No such complaint.', 409: 'The complaint is closed, or nobody owns it yet (assign it first).' },
    handle: async ({ store, body, param }, c) => c.json(await handOverComplaint(store, param('trackingNo'), await body())),
  }),
  op({
    ...base,
    id: 'replyToComplaint',
    method: 'post',
    path: '/api/v1/admin/complaints/:trackingNo/reply',
    summary: 'Give the public reply, and optionally close the complaint',
    body: { schema: ComplaintReplyRequestSchema, code: 'invalid-reply' },
    responses: [{ status: 200, description: 'The complaint as it is now.', schema: AdminComplaintDetailSchema }],
    errors: { 404: 'No such complaint.', 409: CHANGED },
    handle: async ({ store, body, param }, c) => {
      const { publicReply, status } = await body();
      return c.json(await handleComplaint(store, param('trackingNo'), { type: 'reply', publicReply, close: status === 'closed' }));
    },
  }),
  op({
    ...base,
    id: 'assignComplaint',
    method: 'post',
    path: '/api/v1/admin/complaints/:trackingNo/assign',
    summary: 'Hand the complaint to the person who owns it from now on (首问负责制)',
    body: { schema: ComplaintAssignRequestSchema, code: 'invalid-assignment' },
    responses: [{ status: 200, description: 'The complaint as it is now.', schema: AdminComplaintDetailSchema }],
    errors: { 404: 'No such complaint.', 409: CHANGED },
    handle: async ({ store, body, param }, c) => {
      const { assignee } = await body();
      return c.json(await handleComplaint(store, param('trackingNo'), { type: 'assign', assignee }));
    },
  }),
];
