import { complaintAt, complaintDetail } from './complaint-desk.js';
import { type Finding, findingDeducts, type HandlingSatisfaction } from './complaint-findings.js';
import { ApiError } from './errors.js';
import { handlingSettingsOf } from './handling-settings.js';
import type { Actor } from './http/actor.js';
import { forbidden } from './http/permission.js';
import type { ComplaintEvent } from './store/case-store.js';
import type { ComplaintGuard } from './store/complaint-finding-store.js';
import type { StoredComplaint } from './store/complaint-store.js';
import type { Store } from './store/store.js';

const changed = () => new ApiError(409, 'complaint-changed', 'someone else changed this complaint just now; load it again and retry');
const guardOf = (c: StoredComplaint): ComplaintGuard => ({ recordId: c.recordId, status: c.status });

async function apply(
  store: Store,
  c: StoredComplaint,
  guard: ComplaintGuard,
  columns: Record<string, string | null>,
  event: ComplaintEvent,
) {
  if (!(await store.findings.change(guard, columns, event))) throw changed();
  const now = await store.complaints.get({ recordId: c.recordId });
  return complaintDetail(store, now ?? c);
}

function refuseVoided(c: StoredComplaint): void {
  if (c.voided) throw new ApiError(409, 'complaint-voided', 'a supervisor voided this complaint; it no longer changes');
}

/**
 * A manager may not judge a complaint about themselves: when the staff member it names bears the
 * manager's own name, the finding is the supervisor's (or an admin's).
 */
async function refuseOwnCase(store: Store, c: StoredComplaint, actor: Actor): Promise<void> {
  if (actor.role !== 'manager' || c.staffId === null) return;
  const account = await store.accounts.get(actor.name);
  const named = (await store.catalogue.list(c.stationId, 'staff')).find((s) => s.id === c.staffId);
  if (account && named && named.name.trim() === account.displayName.trim()) {
    throw forbidden("this complaint is about you: the finding is your supervisor's to make");
  }
}

/** Records or corrects the finding of an open complaint, with its reasons, under the actor's name. */
export async function recordFinding(store: Store, typed: string, body: { finding: Finding; reasons: string }, actor: Actor) {
  const c = await complaintAt(store, typed);
  refuseVoided(c);
  if (c.status === 'closed') throw new ApiError(409, 'complaint-closed', 'this complaint is closed and no longer changes');
  await refuseOwnCase(store, c, actor);
  const at = new Date().toISOString();
  const columns = { finding: body.finding, finding_reasons: body.reasons, found_by: actor.name, found_at: at };
  return apply(store, c, guardOf(c), columns, {
    at,
    action: 'finding',
    from: c.finding?.code ?? null,
    to: body.finding,
    note: body.reasons,
  });
}

/** A supervisor (or admin) sets a complaint aside: it closes and counts against nobody, the reason kept. */
export async function voidComplaint(store: Store, typed: string, body: { reason: string }, actor: Actor) {
  const c = await complaintAt(store, typed);
  refuseVoided(c);
  const at = new Date().toISOString();
  const columns = { voided_at: at, voided_by: actor.name, void_reason: body.reason, status: 'closed', closed_at: c.closedAt ?? at };
  return apply(store, c, guardOf(c), columns, { at, action: 'void', from: c.status, to: 'closed', note: body.reason });
}

/** The citizen's satisfaction with the handling, after the reply; a dissatisfied citizen may have it reopened. */
export async function recordSatisfaction(
  store: Store,
  typed: string,
  body: { level: HandlingSatisfaction; via: string; note?: string; reopen: boolean },
  actor: Actor,
) {
  const c = await complaintAt(store, typed);
  refuseVoided(c);
  if (c.repliedAt === null)
    throw new ApiError(409, 'complaint-not-replied', 'ask about satisfaction once the complaint has been replied to');
  const at = new Date().toISOString();
  const columns: Record<string, string | null> = {
    satisfaction: body.level,
    satisfaction_via: body.via,
    satisfaction_by: actor.name,
    satisfaction_at: at,
  };
  if (body.reopen) Object.assign(columns, { status: c.assignee === null ? 'received' : 'assigned', closed_at: null });
  const event: ComplaintEvent = body.reopen
    ? { at, action: 'reopen', from: c.status, to: columns.status as string, note: body.note ?? body.level }
    : { at, action: 'satisfaction', from: c.satisfaction?.level ?? null, to: body.level, note: body.note ?? null };
  return apply(store, c, guardOf(c), columns, event);
}

/** Records the warning talk (诫勉谈话) a complaint that costs points brings: who held it, when, and its notes. */
export async function recordWarningTalk(
  store: Store,
  typed: string,
  body: { heldAt: string; heldBy?: string; notes: string },
  actor: Actor,
) {
  const c = await complaintAt(store, typed);
  const settings = await handlingSettingsOf(store, c.stationId);
  if (c.staffId === null || !findingDeducts(c, settings.partlySubstantiatedDeducts)) {
    throw new ApiError(409, 'no-warning-talk', 'a warning talk follows only a substantiated complaint that names a staff member');
  }
  const now = new Date();
  if (Date.parse(body.heldAt) > now.getTime() + 60_000)
    throw new ApiError(400, 'invalid-warning-talk', 'heldAt: a talk is recorded once it has been held, not before');
  const heldBy = body.heldBy ?? actor.name;
  const at = now.toISOString();
  await store.findings.recordTalk(
    {
      recordId: c.recordId,
      staffId: c.staffId,
      heldAt: new Date(body.heldAt).toISOString(),
      heldBy,
      notes: body.notes,
      recordedBy: actor.name,
      recordedAt: at,
    },
    { at, action: 'talk', from: null, to: heldBy, note: body.notes },
  );
  return complaintDetail(store, c);
}

/** The staff member named appeals (申诉) a finding that costs them points; the station files it, as for bad reviews. */
export async function appealFinding(store: Store, typed: string, body: { note: string }, actor: Actor) {
  const c = await complaintAt(store, typed);
  refuseVoided(c);
  const settings = await handlingSettingsOf(store, c.stationId);
  if (c.staffId === null || !findingDeducts(c, settings.partlySubstantiatedDeducts)) {
    throw new ApiError(409, 'nothing-to-appeal', 'only a finding that costs a staff member points can be appealed');
  }
  if (c.appeal && c.appeal.decision === null) throw new ApiError(409, 'appeal-pending', 'an appeal is already waiting for the supervisor');
  if (c.appeal) throw new ApiError(409, 'appeal-decided', 'the supervisor has decided the appeal; a finding is appealed once');
  const at = new Date().toISOString();
  const columns = { appeal_note: body.note, appealed_by: actor.name, appealed_at: at };
  return apply(store, c, guardOf(c), columns, { at, action: 'appeal', from: c.finding?.code ?? null, to: 'appealed', note: body.note });
}

/**
 * The supervisor (or an admin) decides an appeal: upheld, the finding and its points stand;
 * overturned, the complaint is voided and counts against nobody. Either way the decision is kept.
 */
export async function decideAppeal(store: Store, typed: string, body: { decision: 'upheld' | 'overturned'; note: string }, actor: Actor) {
  const c = await complaintAt(store, typed);
  refuseVoided(c);
  if (!c.appeal || c.appeal.decision !== null) throw new ApiError(409, 'no-pending-appeal', 'there is no appeal waiting for a decision');
  const at = new Date().toISOString();
  const columns: Record<string, string | null> = {
    appeal_decision: body.decision,
    appeal_decision_note: body.note,
    appeal_decided_by: actor.name,
    appeal_decided_at: at,
  };
  if (body.decision === 'overturned') {
    Object.assign(columns, { voided_at: at, voided_by: actor.name, void_reason: body.note, status: 'closed', closed_at: c.closedAt ?? at });
  }
  return apply(store, c, guardOf(c), columns, { at, action: 'appeal-decision', from: 'appealed', to: body.decision, note: body.note });
}
