import type * as z from 'zod/mini';
import {
  appealFinding,
  decideAppeal,
  recordFinding,
  recordSatisfaction,
  recordWarningTalk,
  voidComplaint,
} from '../complaint-finding-desk.js';
import type { Actor } from '../http/actor.js';
import { noteAudit } from '../http/audit-trail.js';
import { DECIDE_COMPLAINTS, HANDLE_COMPLAINTS } from '../http/roles.js';
import type { Permission } from '../http/route.js';
import { type Input, op, type Route } from '../http/route.js';
import {
  ComplaintAppealDecisionSchema,
  ComplaintAppealRequestSchema,
  ComplaintFindingRequestSchema,
  ComplaintSatisfactionRequestSchema,
  ComplaintVoidRequestSchema,
  WarningTalkRequestSchema,
} from '../schemas/complaint-findings.js';
import { AdminComplaintDetailSchema } from '../schemas/ledger.js';
import type { Store } from '../store/store.js';

/** A step after investigation, `POST …/complaints/{trackingNo}/{path}`, signed by the person signed in. */
function step<B extends z.ZodMiniType>(
  path: string,
  spec: {
    id: string;
    summary: string;
    auth?: Permission;
    body: Input<B>;
    errors: Record<number, string>;
    apply(store: Store, trackingNo: string, body: z.output<B>, actor: Actor): Promise<{ stationId: string }>;
  },
): Route {
  return op<undefined, B>({
    tag: 'complaints',
    auth: spec.auth ?? HANDLE_COMPLAINTS,
    id: spec.id,
    method: 'post',
    path: `/api/v1/admin/complaints/:trackingNo/${path}`,
    summary: spec.summary,
    body: spec.body,
    responses: [{ status: 200, description: 'The complaint as it is now.', schema: AdminComplaintDetailSchema }],
    errors: spec.errors,
    handle: async ({ store, body, param }, c) => {
      const complaint = await spec.apply(store, param('trackingNo'), await body(), c.get('actor'));
      noteAudit(c, { stationId: complaint.stationId });
      return c.json(complaint);
    },
  });
}

/** Handling a complaint to a finding, its voiding, the citizen's satisfaction and the warning talk. */
export const COMPLAINT_FINDING_ROUTES = [
  step('finding', {
    id: 'recordComplaintFinding',
    summary: 'Record the finding (查实 / 部分查实 / 不属实 / 无法查实) with its reasons; only a finding costs staff points',
    body: { schema: ComplaintFindingRequestSchema, code: 'invalid-finding' },
    errors: {
      403: "The complaint is about the manager signed in: the finding is the supervisor's.",
      404: 'No such complaint.',
      409: 'The complaint is closed or voided, or someone changed it just now.',
    },
    apply: recordFinding,
  }),
  step('void', {
    id: 'voidComplaint',
    summary: "Set a complaint aside (a supervisor's decision): it closes and counts against nobody, the reason kept",
    auth: DECIDE_COMPLAINTS,
    body: { schema: ComplaintVoidRequestSchema, code: 'invalid-void' },
    errors: { 404: 'No such complaint.', 409: 'Already voided, or someone changed it just now.' },
    apply: voidComplaint,
  }),
  step('satisfaction', {
    id: 'recordComplaintSatisfaction',
    summary: "Record the citizen's satisfaction with the handling after the reply (回访); a dissatisfied one may reopen it",
    body: { schema: ComplaintSatisfactionRequestSchema, code: 'invalid-satisfaction' },
    errors: { 404: 'No such complaint.', 409: 'Not replied to yet, voided, or someone changed it just now.' },
    apply: recordSatisfaction,
  }),
  step('warning-talk', {
    id: 'recordWarningTalk',
    summary: 'Record the warning talk (诫勉谈话) a substantiated complaint brings: who held it, when, notes',
    body: { schema: WarningTalkRequestSchema, code: 'invalid-warning-talk' },
    errors: { 404: 'No such complaint.', 409: 'The complaint costs nobody points, so no talk follows.' },
    apply: recordWarningTalk,
  }),
  step('appeal', {
    id: 'appealComplaintFinding',
    summary: 'File the staff member’s appeal (申诉) of a finding that costs them points; the supervisor decides',
    body: { schema: ComplaintAppealRequestSchema, code: 'invalid-appeal' },
    errors: { 404: 'No such complaint.', 409: 'The finding costs nobody points, or it was appealed already.' },
    apply: appealFinding,
  }),
  step('appeal-decision', {
    id: 'decideComplaintAppeal',
    summary: "Decide an appeal (a supervisor's): upheld, the points stand; overturned, the complaint is voided",
    auth: DECIDE_COMPLAINTS,
    body: { schema: ComplaintAppealDecisionSchema, code: 'invalid-appeal-decision' },
    errors: { 404: 'No such complaint.', 409: 'No appeal is waiting for a decision.' },
    apply: decideAppeal,
  }),
];
