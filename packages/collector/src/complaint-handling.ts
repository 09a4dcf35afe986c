import type { Labels } from '@manyi/core';

/**
 * How a complaint moves, and only forward: 已受理 received → 已分派 assigned (a named person owns
 * it, 首问负责制) → 已答复 replied (a public reply the citizen reads with the tracking number) →
 * 已办结 closed. Assigning is optional, a reply may be amended until the complaint is closed, and a
 * closed complaint no longer changes (its contact details are erased after the retention period).
 */
export const HANDLING_STATUSES = ['received', 'assigned', 'replied', 'closed'] as const;
export type HandlingStatus = (typeof HANDLING_STATUSES)[number];

export const HANDLING_STATUS_LABELS: Readonly<Record<HandlingStatus, Labels>> = {
  received: { 'zh-CN': '已受理', en: 'Received', 'zh-TW': '已受理' },
  assigned: { 'zh-CN': '已分派', en: 'Assigned', 'zh-TW': '已分派' },
  replied: { 'zh-CN': '已答复', en: 'Replied', 'zh-TW': '已答覆' },
  closed: { 'zh-CN': '已办结', en: 'Closed', 'zh-TW': '已辦結' },
};

/** The part of a complaint its handling changes. */
export interface HandlingState {
  status: HandlingStatus;
  assignee: string | null;
  publicReply: string | null;
  assignedAt: string | null;
  repliedAt: string | null;
  closedAt: string | null;
}

export type HandlingAction =
  | { type: 'assign'; assignee: string }
  /** A reply; `close` also closes the complaint, and may reuse the reply already given. */
  | { type: 'reply'; publicReply?: string; close: boolean };

export type HandlingOutcome = { ok: true; next: HandlingState } | { ok: false; status: 400 | 409; code: string; message: string };

/** The state after an action at `now`, or why the action does not apply to this complaint. */
export function applyHandling(state: HandlingState, action: HandlingAction, now: Date): HandlingOutcome {
  const at = now.toISOString();
  if (state.status === 'closed') {
    return { ok: false, status: 409, code: 'complaint-closed', message: 'this complaint is closed and no longer changes' };
  }
  if (action.type === 'assign') {
    if (state.status === 'replied') {
      return {
        ok: false,
        status: 409,
        code: 'complaint-replied',
        message: 'this complaint has been replied to; amend the reply or close it',
      };
    }
    return { ok: true, next: { ...state, status: 'assigned', assignee: action.assignee, assignedAt: at } };
  }
  const publicReply = action.publicReply ?? (action.close ? state.publicReply : null);
  if (publicReply === null) {
    return {
      ok: false,
      status: 400,
      code: 'invalid-reply',
      message: action.close ? 'publicReply: required to close a complaint that has no reply yet' : 'publicReply: required',
    };
  }
  const replied = action.publicReply !== undefined;
  return {
    ok: true,
    next: {
      ...state,
      status: action.close ? 'closed' : 'replied',
      publicReply,
      repliedAt: replied ? at : state.repliedAt,
      closedAt: action.close ? at : null,
    },
  };
}
