import { describeIssues } from '@manyi/core';
import { type Context, Hono } from 'hono';
import { applyHandling, type HandlingAction } from '../complaint-handling.js';
import type { AppEnv as Env } from '../env.js';
import { ApiError } from '../errors.js';
import { trackingNumberParam } from '../public-complaints.js';
import { ComplaintAssignRequestSchema, ComplaintListQuerySchema, ComplaintReplyRequestSchema } from '../schemas/admin.js';
import type { StoredComplaint } from '../store/complaint-store.js';
import type { Store } from '../store/store.js';
import { jsonBody } from './json-body.js';

/** Complaint handling for a station's staff; mounted at `/admin/complaints` behind the admin token. */
export function adminComplaintRoutes(store: Store): Hono<Env> {
  const routes = new Hono<Env>();

  const complaintAt = async (c: Context<Env>): Promise<StoredComplaint> => {
    const trackingNo = trackingNumberParam(c.req.param('trackingNo') ?? '');
    const complaint = await store.getComplaint({ trackingNo });
    if (!complaint) throw new ApiError(404, 'complaint-not-found', `no complaint with tracking number ${trackingNo}`);
    return complaint;
  };

  /** Applies an action; a concurrent change in between is a 409, so two handlers never overwrite each other. */
  const handle = async (c: Context<Env>, action: HandlingAction) => {
    const complaint = await complaintAt(c);
    const outcome = applyHandling(complaint, action, new Date());
    if (!outcome.ok) throw new ApiError(outcome.status, outcome.code, outcome.message);
    if (!(await store.updateComplaintHandling(complaint.trackingNo, complaint.status, outcome.next))) {
      throw new ApiError(409, 'complaint-changed', 'someone else changed this complaint just now; load it again and retry');
    }
    return c.json({ ...complaint, ...outcome.next });
  };

  routes.get('/', async (c) => {
    const query = ComplaintListQuerySchema.safeParse(c.req.query());
    if (!query.success) throw new ApiError(400, 'invalid-query', describeIssues(query.error.issues));
    const { station, status, limit } = query.data;
    return c.json({ items: await store.listComplaints({ stationId: station, status, limit, newestFirst: true }) });
  });

  routes.get('/:trackingNo', async (c) => c.json(await complaintAt(c)));

  routes.post('/:trackingNo/reply', async (c) => {
    const body = ComplaintReplyRequestSchema.safeParse(await jsonBody(c));
    if (!body.success) throw new ApiError(400, 'invalid-reply', describeIssues(body.error.issues));
    return handle(c, { type: 'reply', publicReply: body.data.publicReply, close: body.data.status === 'closed' });
  });

  routes.post('/:trackingNo/assign', async (c) => {
    const body = ComplaintAssignRequestSchema.safeParse(await jsonBody(c));
    if (!body.success) throw new ApiError(400, 'invalid-assignment', describeIssues(body.error.issues));
    return handle(c, { type: 'assign', assignee: body.data.assignee });
  });

  return routes;
}
