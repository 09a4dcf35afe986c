import { complaintDueAt } from './cases-due.js';
import { applyHandling, type HandlingAction } from './complaint-handling.js';
import { ApiError } from './errors.js';
import { handlingSettingsOf } from './handling-settings.js';
import { trackingNumberParam } from './public-complaints.js';
import type { StoredComplaint } from './store/complaint-store.js';
import type { Store } from './store/store.js';

/** The complaint with this tracking number (as typed); 400 when malformed, 404 when unknown. */
export async function complaintAt(store: Store, typed: string): Promise<StoredComplaint> {
  const trackingNo = trackingNumberParam(typed);
  const complaint = await store.complaints.get({ trackingNo });
  if (!complaint) throw new ApiError(404, 'complaint-not-found', `no complaint with tracking number ${trackingNo}`);
  return complaint;
}

/** The complaint with its first owner, history and reply deadline (AdminComplaintDetailSchema). */
export async function complaintDetail(store: Store, complaint: StoredComplaint) {
  const { firstOwner, events } = await store.cases.complaintHistory(complaint.recordId);
  const days = (await handlingSettingsOf(store, complaint.stationId)).complaintReplyWorkingDays;
  const dueAt = complaintDueAt(complaint.receivedAt, days);
  const open = complaint.status === 'received' || complaint.status === 'assigned';
  const warningTalk = (await store.findings.talkOf(complaint.recordId)) ?? null;
  return { ...complaint, firstOwner, history: events, dueAt: dueAt.toISOString(), overdue: open && new Date() >= dueAt, warningTalk };
}

/** Applies an action and logs it; a concurrent change in between is a 409, so two handlers never overwrite each other. */
export async function handleComplaint(store: Store, typed: string, action: HandlingAction) {
  const complaint = await complaintAt(store, typed);
  const now = new Date();
  const outcome = applyHandling(complaint, action, now);
  if (!outcome.ok) throw new ApiError(outcome.status, outcome.code, outcome.message);
  if (outcome.next.status === 'closed' && complaint.finding === null) {
    // Closing never decides anything: the finding does, and it comes first.
    throw new ApiError(409, 'finding-required', 'record the finding (查实, 部分查实, 不属实 or 无法查实) with its reasons before closing');
  }
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
  return complaintDetail(store, { ...complaint, ...outcome.next });
}

/** Hands the complaint to a colleague; the first-inquiry owner (首问负责人) stays on record. */
export async function handOverComplaint(store: Store, typed: string, { to, note }: { to: string; note: string }) {
  const complaint = await complaintAt(store, typed);
  if (complaint.status === 'closed') {
    throw new ApiError(409, 'complaint-closed', 'this complaint is closed and no longer changes');
  }
  if (complaint.assignee === null) {
    throw new ApiError(409, 'complaint-not-assigned', 'nobody owns this complaint yet: assign it first, then hand it over');
  }
  const at = new Date().toISOString();
  await store.cases.logComplaintEvent(complaint.recordId, { at, action: 'handover', from: complaint.assignee, to, note }, to);
  return complaintDetail(store, { ...complaint, assignee: to });
}
