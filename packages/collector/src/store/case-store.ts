import type { NoticeRecord, RatingRecord } from '@manyi/core';
import type { CaseState, CaseWorkflow } from '../cases.js';
import {
  CASE_EVENT_SELECT,
  caseEventInsert,
  caseFromRow,
  caseListQuery,
  caseRowInsert,
  caseUpdateQuery,
  complaintEventFromRow,
  complaintEventInsert,
  eventsByCase,
  flaggedOnDevice,
  misuseFromRow,
  misuseListQuery,
  noticeFromRow,
  noticeListQuery,
} from './case-rows.js';
import type { Sql } from './sql/port.js';

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
  action:
    | 'assign'
    | 'handover'
    | 'reply'
    | 'close'
    | 'finding'
    | 'void'
    | 'satisfaction'
    | 'reopen'
    | 'talk'
    | 'appeal'
    | 'appeal-decision';
  /** Owners for `assign` and `handover`, handling statuses for `reply` and `close`. */
  from: string | null;
  to: string;
  note: string | null;
}

/** `not-flagged`: the record was never flagged as misuse, so there is nothing to restore or exclude. */
export type MisuseOutcome = 'done' | 'not-found' | 'not-flagged';

/**
 * The bad-review ledger, misuse reviews, complaint history and notices. A stored bad review is
 * already a case; `cases` gets a row on its first change.
 */
export class CaseStore {
  readonly #sql: Sql;

  constructor(sql: Sql) {
    this.#sql = sql;
  }

  /** Cases with their ratings and history, newest rating first; misuse ratings' cases left out. */
  async listCases(filter: CaseFilter & { ratingId?: string }): Promise<StoredCase[]> {
    const sql = this.#sql;
    const q = caseListQuery(filter, sql.p);
    const rows = await sql.all(q.sql, q.params);
    if (rows.length === 0) return [];
    const ids = rows.map((r) => String(r.rating_id));
    const events = eventsByCase(
      await sql.all(`${CASE_EVENT_SELECT} WHERE ${sql.inList('rating_id', sql.p(1))} ORDER BY rating_id, seq`, [ids]),
    );
    return rows.map((row) => caseFromRow(row, events.get(String(row.rating_id)) ?? []));
  }

  async getCase(ratingId: string): Promise<StoredCase | undefined> {
    return (await this.listCases({ ratingId }))[0];
  }

  /** Writes the new workflow and logs the event if the case is still in `event.from`; false when it changed meanwhile. */
  transitionCase(c: { ratingId: string; stationId: string }, next: CaseWorkflow, event: CaseEvent): Promise<boolean> {
    return this.#sql.transaction(async (tx) => {
      const row = caseRowInsert(c, event.at, tx);
      await tx.run(row.sql, row.params);
      // The update, guarded by the state, is what must have found the case.
      const update = caseUpdateQuery(c.ratingId, event.from, next, event.at, tx);
      if ((await tx.run(update.sql, update.params)) !== 1) return false;
      const log = caseEventInsert(c.ratingId, event, tx);
      await tx.run(log.sql, log.params);
      return true;
    });
  }

  /** Records flagged as misuse on their device (restored or not), newest first. */
  async listMisuse(range: RecordRange): Promise<MisuseEntry[]> {
    const q = misuseListQuery(range, this.#sql.p);
    return (await this.#sql.all(q.sql, q.params)).map(misuseFromRow);
  }

  /** Counts a flagged record in the figures again (`restored` true) or leaves it out again. */
  reviewMisuse(recordId: string, restored: boolean, at: string): Promise<MisuseOutcome> {
    return this.#sql.transaction(async (tx) => {
      const p = tx.p;
      const row = await tx.get(`SELECT body FROM records WHERE id = ${p(1)}${tx.forUpdate}`, [recordId]);
      if (!row) return 'not-found';
      if (!flaggedOnDevice(row.body)) return 'not-flagged';
      await tx.run(`UPDATE records SET misuse = ${p(1)} WHERE id = ${p(2)} AND misuse <> ${p(1)}`, [!restored, recordId]);
      await tx.run(
        `INSERT INTO misuse_reviews (record_id, restored, reviewed_at) VALUES (${p(1)}, ${p(2)}, ${p(3)})
         ON CONFLICT (record_id) DO UPDATE SET restored = excluded.restored, reviewed_at = excluded.reviewed_at`,
        [recordId, restored, at],
      );
      return 'done';
    });
  }

  async complaintHistory(recordId: string): Promise<{ firstOwner: string | null; events: ComplaintEvent[] }> {
    const p = this.#sql.p;
    const owner = await this.#sql.get(`SELECT first_owner FROM complaints WHERE record_id = ${p(1)}`, [recordId]);
    const events = await this.#sql.all(`SELECT * FROM complaint_events WHERE record_id = ${p(1)} ORDER BY seq`, [recordId]);
    return { firstOwner: owner?.first_owner == null ? null : String(owner.first_owner), events: events.map(complaintEventFromRow) };
  }

  /** Logs a handling step; `owner` set also makes that person the owner (and the first owner when there was none). */
  async logComplaintEvent(recordId: string, event: ComplaintEvent, owner?: string): Promise<void> {
    await this.#sql.transaction(async (tx) => {
      const p = tx.p;
      // Takes the complaint's row first, so two steps logged at once take turns for their number.
      if (owner === undefined) await tx.get(`SELECT 1 FROM complaints WHERE record_id = ${p(1)}${tx.forUpdate}`, [recordId]);
      else
        await tx.run(`UPDATE complaints SET assignee = ${p(2)}, first_owner = COALESCE(first_owner, ${p(2)}) WHERE record_id = ${p(1)}`, [
          recordId,
          owner,
        ]);
      const log = complaintEventInsert(recordId, event, tx);
      await tx.run(log.sql, log.params);
    });
  }

  /** One-time notices with their corrected time, oldest first. */
  async listNotices(range: RecordRange): Promise<{ notice: NoticeRecord; createdAt: string }[]> {
    const q = noticeListQuery(range, this.#sql.p);
    return (await this.#sql.all(q.sql, q.params)).map(noticeFromRow);
  }
}
