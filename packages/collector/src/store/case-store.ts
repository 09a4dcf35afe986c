import type { NoticeRecord, RatingRecord } from '@manyi/core';
import type { CaseState, CaseWorkflow } from '../cases.js';

/** One change of a case's state, as logged. */
export interface CaseEvent {
  at: string;
  from: CaseState;
  to: CaseState;
  by: string;
  note: string;
  reason: string | null;
}

/** A case as kept: its workflow, the bad review it is about, and its history oldest first. */
export interface StoredCase extends CaseWorkflow {
  ratingId: string;
  stationId: string;
  rating: RatingRecord;
  /** The rating's time, corrected for the device's clock skew. */
  ratedAt: string;
  history: CaseEvent[];
}

export interface CaseFilter {
  stationId?: string;
  state?: CaseState;
  /** Inclusive lower and exclusive upper bound on the rating's time, ISO UTC. */
  from?: string;
  to?: string;
  windowId?: string;
  staffId?: string;
}

/** A record flagged as misuse on the device, and whether a manager restored it into the figures. */
export interface MisuseEntry {
  id: string;
  kind: string;
  stationId: string;
  windowId: string | null;
  level: number | null;
  createdAt: string;
  restored: boolean;
}

export interface RecordRange {
  stationId?: string;
  from?: string;
  to?: string;
}

/** A complaint's handling step, as logged (assignment, hand-over, reply, closing). */
export interface ComplaintEvent {
  at: string;
  action: 'assign' | 'handover' | 'reply' | 'close';
  /** Owners for `assign` and `handover`, handling statuses for `reply` and `close`. */
  from: string | null;
  to: string;
  note: string | null;
}

/** `not-flagged`: the record was never flagged as misuse, so there is nothing to restore or exclude. */
export type MisuseOutcome = 'done' | 'not-found' | 'not-flagged';

/** The bad-review ledger, misuse reviews, complaint history and notices; one per store. */
export interface CaseStore {
  /** Cases with their ratings and history, newest rating first; misuse ratings' cases left out. */
  listCases(filter: CaseFilter): Promise<StoredCase[]>;
  getCase(ratingId: string): Promise<StoredCase | undefined>;
  /** Writes the new workflow and logs the event if the case is still in `event.from`; false when it changed meanwhile. */
  transitionCase(c: { ratingId: string; stationId: string }, next: CaseWorkflow, event: CaseEvent): Promise<boolean>;

  /** Records flagged as misuse on their device (restored or not), newest first. */
  listMisuse(range: RecordRange): Promise<MisuseEntry[]>;
  /** Counts a flagged record in the figures again (`restored` true) or leaves it out again. */
  reviewMisuse(recordId: string, restored: boolean, at: string): Promise<MisuseOutcome>;

  complaintHistory(recordId: string): Promise<{ firstOwner: string | null; events: ComplaintEvent[] }>;
  /** Logs a handling step; `owner` set also makes that person the owner (and the first owner when there was none). */
  logComplaintEvent(recordId: string, event: ComplaintEvent, owner?: string): Promise<void>;

  /** One-time notices with their corrected time, oldest first. */
  listNotices(range: RecordRange): Promise<{ notice: NoticeRecord; createdAt: string }[]>;
}
