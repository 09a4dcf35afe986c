import { describeIssues } from '@manyi/core';
import { type Context, Hono } from 'hono';
import { complaintDueAt } from '../cases-due.js';
import { applyHandling, type HandlingAction } from '../complaint-handling.js';
import type { AppEnv as Env } from '../env.js';
import { ApiError } from '../errors.js';
import { handlingSettingsOf } from '../handling-settings.js';
import { trackingNumberParam } from '../public-complaints.js';
import { ComplaintAssignRequestSchema, ComplaintListQuerySchema, ComplaintReplyRequestSchema } from '../schemas/admin.js';
import { ComplaintHandoverRequestSchema } from '../schemas/ledger.js';
import type { StoredComplaint } from '../store/complaint-store.js';
import type { Store } from '../store/store.js';
import { jsonBody } from './json-body.js';

/** Complaint handling for a station's staff; mounted at `/admin/complaints` behind the admin token. */
export function adminComplaintRoutes(store: Store): Hono<Env> {
  const routes = new Hono<Env>();

  const complaintAt = async (c: Context<Env>): Promise<StoredComplaint> => {
    const trackingNo = trackingNumberParam(c.req.param('trackingNo') ?? '');
    const complaint = await store.complaints.get({ trackingNo });
    if (!complaint) throw new ApiError(404, 'complaint-not-found', `no complaint with tracking number ${trackingNo}`);
    return complaint;
  };

  /** The complaint with its first owner, history and reply deadline (AdminComplaintDetailSchema). */
  const detail = async (complaint: StoredComplaint) => {
    const { firstOwner, events } = await store.cases.complaintHistory(complaint.recordId);
    const days = (await handlingSettingsOf(store, complaint.stationId)).complaintReplyWorkingDays;
    const dueAt = complaintDueAt(complaint.receivedAt, days);
    const open = complaint.status === 'received' || complaint.status === 'assigned';
    return { ...complaint, firstOwner, history: events, dueAt: dueAt.toISOString(), overdue: open && new Date() >= dueAt };
  };

  /** Applies an action and logs it; a concurrent change in between is a 409, so two handlers never overwrite each other. */
  const handle = async (c: Context<Env>, action: HandlingAction) => {
    const complaint = await complaintAt(c);
    const now = new Date();
    const outcome = applyHandling(complaint, action, now);
    if (!outcome.ok) throw new ApiError(outcome.status, outcome.code, outcome.message);
    if (!(await store.complaints.updateHandling(complaint.trackingNo, complaint.status, outcome.next))) {
      throw new ApiError(409, 'complaint-changed', 'someone else changed this complaint just now; load it again and retry');
    }
    const at = now.toISOString();
    if (action.type === 'assign') {
      await store.cases.logComplaintEvent(
        complaint.recordId,
        { at, action: 'assign', from: complaint.assignee, to: action.assignee, note: null },
        action.assignee,
      );
    } else {
      await store.cases.logComplaintEvent(complaint.recordId, {
        at,
        action: action.close ? 'close' : 'reply',
        from: complaint.status,
        to: outcome.next.status,
        note: action.publicReply ?? null,
      });
    }
    return c.json(await detail({ ...complaint, ...outcome.next }));
  };

  routes.get('/', async (c) => {
    const query = ComplaintListQuerySchema.safeParse(c.req.query());
    if (!query.success) throw new ApiError(400, 'invalid-query', describeIssues(query.error.issues));
    const { station, status, limit } = query.data;
    return c.json({ items: await store.complaints.list({ stationId: station, status, limit, newestFirst: true }) });
  });

  routes.get('/:trackingNo', async (c) => c.json(await detail(await complaintAt(c))));

  /** Hands the complaint to a colleague; the first-inquiry owner (首问负责人) stays on record. */
  routes.post('/:trackingNo/handover', async (c) => {
    const body = ComplaintHandoverRequestSchema.safeParse(await jsonBody(c));
    if (!body.success) throw new ApiError(400, 'invalid-handover', describeIssues(body.error.issues));
    const complaint = await complaintAt(c);
    if (complaint.status === 'closed') {
      throw new ApiError(409, 'complaint-closed', 'this complaint is closed and no longer changes');
    }
    if (complaint.assignee === null) {
      throw new ApiError(409, 'complaint-not-assigned', 'nobody owns this complaint yet: assign it first, then hand it over');
    }
    const { to, note } = body.data;
    const at = new Date().toISOString();
    await store.cases.logComplaintEvent(complaint.recordId, { at, action: 'handover', from: complaint.assignee, to, note }, to);
    return c.json(await detail({ ...complaint, assignee: to }));
  });

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
