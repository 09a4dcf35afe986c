import { applyCaseTransition } from './cases.js';
import { caseView } from './cases-due.js';
import { ApiError } from './errors.js';
import { handlingSettingsOf } from './handling-settings.js';
import type { CaseTransitionRequest } from './schemas/cases.js';
import type { StoredCase } from './store/case-store.js';
import type { Store } from './store/store.js';

/** Each station's rectification period, read once per request. */
export async function rectifyDays(store: Store, cases: readonly StoredCase[]): Promise<(stationId: string) => number> {
  const days = new Map<string, number>();
  for (const id of new Set(cases.map((c) => c.stationId))) days.set(id, (await handlingSettingsOf(store, id)).rectifyWorkingDays);
  return (stationId: string) => days.get(stationId) ?? 15;
}

export async function caseAt(store: Store, id: string): Promise<StoredCase> {
  const found = await store.cases.getCase(id);
  if (!found) throw new ApiError(404, 'case-not-found', `no bad-review case with id ${id}`);
  return found;
}

/** A case as answered: its due dates and whether it is overdue, by the server's clock now. */
export async function caseAnswer(store: Store, found: StoredCase) {
  return caseView(found, (await rectifyDays(store, [found]))(found.stationId), new Date());
}

/**
 * Moves a case on, in the history under `by` (who the credentials name, never what the request
 * says); a change someone else made in between is a 409.
 */
export async function transitionCase(store: Store, id: string, request: CaseTransitionRequest, by: string) {
  const current = await caseAt(store, id);
  const outcome = applyCaseTransition(current, request);
  if (!outcome.ok) throw new ApiError(outcome.status, outcome.code, outcome.message);
  const event = {
    at: new Date().toISOString(),
    from: current.state,
    to: request.to,
    by,
    note: request.note,
    reason: request.reason ?? null,
  };
  if (!(await store.cases.transitionCase(current, outcome.next, event))) {
    throw new ApiError(409, 'case-changed', 'someone else changed this case just now; load it again and retry');
  }
  return caseAnswer(store, await caseAt(store, id));
}
