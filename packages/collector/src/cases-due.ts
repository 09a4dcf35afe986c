import { createWorkingDayCalendar, isBadReview, type NationalLevel } from '@manyi/core';
import type { CaseState } from './cases.js';
import type { StoredCase } from './store/case-store.js';

/**
 * The bundled holiday notices; past their last year weekends alone count, so a case never fails
 * to show (the README says to add a new year's notice through the calendar data).
 */
const calendar = createWorkingDayCalendar({ outsideCoverage: 'weekends-only' });

/** Callback within 1 working day, rectification within the station's number: both end at 24:00 China Standard Time. */
export function caseDueDates(ratedAt: string, rectifyWorkingDays: number): { callbackDueAt: Date; rectifyDueAt: Date } {
  return {
    callbackDueAt: calendar.dueDate(ratedAt, 1).endsAt,
    rectifyDueAt: calendar.dueDate(ratedAt, rectifyWorkingDays).endsAt,
  };
}

const AWAITING_RECTIFICATION: readonly CaseState[] = ['called-back', 'rectifying', 'not-satisfied'];

/**
 * Overdue now: a new case past its callback deadline, or one still awaiting rectification past its
 * rectification deadline. An appealed case waits on the review, a rectified one on the citizen.
 */
export function isCaseOverdue(state: CaseState, due: { callbackDueAt: Date; rectifyDueAt: Date }, now: Date): boolean {
  if (state === 'new') return now >= due.callbackDueAt;
  return AWAITING_RECTIFICATION.includes(state) && now >= due.rectifyDueAt;
}

/** Handled after a deadline, or still overdue: what a month's standing counts against a station. */
export function wasHandledLate(c: StoredCase, due: { callbackDueAt: Date; rectifyDueAt: Date }, now: Date): boolean {
  const firstAt = (to: CaseState) => c.history.find((e) => e.to === to)?.at;
  const calledBack = firstAt('called-back');
  const rectified = firstAt('rectified');
  return (
    isCaseOverdue(c.state, due, now) ||
    (calledBack !== undefined && new Date(calledBack) >= due.callbackDueAt) ||
    (rectified !== undefined && new Date(rectified) >= due.rectifyDueAt)
  );
}

/** A case as the API answers it (schemas/cases.ts CaseSchema). */
export function caseView(c: StoredCase, rectifyWorkingDays: number, now: Date) {
  const r = c.rating;
  const due = caseDueDates(c.ratedAt, rectifyWorkingDays);
  const level = r.level as NationalLevel;
  return {
    id: c.ratingId,
    ratingId: c.ratingId,
    stationId: c.stationId,
    windowId: r.windowId,
    staffId: r.staffId ?? null,
    serviceItemId: r.serviceItemId ?? null,
    level: (isBadReview(level) ? level : 2) as 1 | 2,
    reasons: r.reasons ?? [],
    comment: r.comment ?? null,
    ratedAt: c.ratedAt,
    assignee: r.staffId ?? null,
    state: c.state,
    callbackDueAt: due.callbackDueAt.toISOString(),
    rectifyDueAt: due.rectifyDueAt.toISOString(),
    overdue: isCaseOverdue(c.state, due, now),
    voidReason: c.voidReason,
    history: c.history.map((e) => ({
      at: e.at,
      from: e.from,
      to: e.to,
      by: e.by,
      note: e.note,
      ...(e.reason ? { reason: e.reason } : {}),
    })),
  };
}
export type CaseView = ReturnType<typeof caseView>;

/** A complaint's reply is due by the end of the station's `complaintReplyWorkingDays`-th working day after it came in. */
export function complaintDueAt(receivedAt: string, replyWorkingDays: number): Date {
  return calendar.dueDate(receivedAt, replyWorkingDays).endsAt;
}
