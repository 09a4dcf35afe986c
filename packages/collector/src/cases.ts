import type { Labels } from '@manyi/core';

/**
 * How a bad-review case (差评) moves: 待回访 new → 已回访 called back → 整改中 rectifying → 已整改
 * rectified → the citizen 满意 satisfied or 不满意 not satisfied (then rectified again). Any open case
 * may be appealed (申诉); review either voids it, with a reason that stays on record, or returns it
 * to where it was.
 */
export const CASE_STATES = ['new', 'called-back', 'rectifying', 'rectified', 'satisfied', 'not-satisfied', 'appealed', 'voided'] as const;
export type CaseState = (typeof CASE_STATES)[number];

export const CASE_STATE_LABELS: Readonly<Record<CaseState, Labels>> = {
  new: { 'zh-CN': '待回访', en: 'New', 'zh-TW': '待回訪' },
  'called-back': { 'zh-CN': '已回访', en: 'Called back', 'zh-TW': '已回訪' },
  rectifying: { 'zh-CN': '整改中', en: 'Rectifying', 'zh-TW': '整改中' },
  rectified: { 'zh-CN': '已整改', en: 'Rectified', 'zh-TW': '已整改' },
  satisfied: { 'zh-CN': '群众满意', en: 'Citizen satisfied', 'zh-TW': '民眾滿意' },
  'not-satisfied': { 'zh-CN': '群众不满意', en: 'Citizen not satisfied', 'zh-TW': '民眾不滿意' },
  appealed: { 'zh-CN': '申诉中', en: 'Appealed', 'zh-TW': '申訴中' },
  voided: { 'zh-CN': '已作废', en: 'Voided', 'zh-TW': '已作廢' },
};

/** States a case can still be appealed from: handling is not finished. */
export const OPEN_CASE_STATES: readonly CaseState[] = ['new', 'called-back', 'rectifying', 'rectified', 'not-satisfied'];

const FORWARD: Readonly<Partial<Record<CaseState, readonly CaseState[]>>> = {
  new: ['called-back'],
  'called-back': ['rectifying'],
  rectifying: ['rectified'],
  rectified: ['satisfied', 'not-satisfied'],
  'not-satisfied': ['rectifying'],
};

/** The part of a case its transitions change. */
export interface CaseWorkflow {
  state: CaseState;
  /** Where an appealed case returns when its appeal is turned down. */
  stateBeforeAppeal: CaseState | null;
  /** Why the case was voided; kept for good once set. */
  voidReason: string | null;
}

export interface CaseTransition {
  to: CaseState;
  note: string;
  reason?: string;
}

export type CaseTransitionOutcome = { ok: true; next: CaseWorkflow } | { ok: false; status: 400 | 409; code: string; message: string };

/** The states a case in `from` may move to (with `back` the state before an appeal). */
export function allowedTargets(from: CaseState, back: CaseState | null): CaseState[] {
  if (from === 'appealed') return back ? ['voided', back] : ['voided'];
  const targets = [...(FORWARD[from] ?? [])];
  if (OPEN_CASE_STATES.includes(from)) targets.push('appealed');
  return targets;
}

/** The workflow after the transition, or why it is not allowed. */
export function applyCaseTransition(current: CaseWorkflow, t: CaseTransition): CaseTransitionOutcome {
  const allowed = allowedTargets(current.state, current.stateBeforeAppeal);
  if (!allowed.includes(t.to)) {
    const options = allowed.length > 0 ? `it can move to ${allowed.join(', ')}` : 'it no longer changes';
    return {
      ok: false,
      status: 409,
      code: 'invalid-transition',
      message: `a case cannot move from ${current.state} to ${t.to}; ${options}`,
    };
  }
  if (t.to === 'voided' && !t.reason) {
    return {
      ok: false,
      status: 400,
      code: 'reason-required',
      message: 'reason: say why the appeal voids this bad review; it stays on record',
    };
  }
  if (t.to === 'appealed') return { ok: true, next: { state: 'appealed', stateBeforeAppeal: current.state, voidReason: null } };
  if (t.to === 'voided')
    return { ok: true, next: { state: 'voided', stateBeforeAppeal: current.stateBeforeAppeal, voidReason: t.reason ?? null } };
  return { ok: true, next: { state: t.to, stateBeforeAppeal: null, voidReason: current.voidReason } };
}
