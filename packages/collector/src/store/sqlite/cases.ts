import type { DatabaseSync, SQLInputValue } from 'node:sqlite';
import type { CaseWorkflow } from '../../cases.js';
import {
  CASE_EVENT_SELECT,
  caseEventInsert,
  caseFromRow,
  caseListQuery,
  caseRowInsert,
  caseUpdateQuery,
  complaintEventFromRow,
  complaintEventInsert,
  type Dialect,
  eventsByCase,
  flaggedOnDevice,
  misuseFromRow,
  misuseListQuery,
  noticeFromRow,
  noticeListQuery,
} from '../case-rows.js';
import type {
  CaseEvent,
  CaseFilter,
  CaseStore,
  ComplaintEvent,
  MisuseEntry,
  MisuseOutcome,
  RecordRange,
  StoredCase,
} from '../case-store.js';
import type { Query } from '../complaint-rows.js';

// Numbered placeholders, so one value can be used twice in a statement.
const SQLITE: Dialect = { p: (n) => `?${n}`, time: (placeholder) => placeholder };

const bind = (values: readonly unknown[]): SQLInputValue[] =>
  values.map((v) => (typeof v === 'boolean' ? Number(v) : (v as SQLInputValue)));

/** The ledger in SQLite, on the collector's own connection (uploads write on theirs: a stored bad review is already a case). */
export class SqliteCaseStore implements CaseStore {
  readonly #db: DatabaseSync;

  constructor(db: DatabaseSync) {
    this.#db = db;
  }

  #all(q: Query) {
    return this.#db.prepare(q.sql).all(...bind(q.params));
  }

  #run(q: Query): number {
    return Number(this.#db.prepare(q.sql).run(...bind(q.params)).changes);
  }

  #transaction<T>(work: () => T): T {
    this.#db.exec('BEGIN IMMEDIATE');
    try {
      const result = work();
      this.#db.exec('COMMIT');
      return result;
    } catch (error) {
      this.#db.exec('ROLLBACK');
      throw error;
    }
  }

  async listCases(filter: CaseFilter & { ratingId?: string }): Promise<StoredCase[]> {
    const rows = this.#all(caseListQuery(filter, SQLITE.p));
    if (rows.length === 0) return [];
    const ids = rows.map((r) => String(r.rating_id));
    const events = eventsByCase(
      this.#db
        .prepare(`${CASE_EVENT_SELECT} WHERE rating_id IN (SELECT value FROM json_each(?)) ORDER BY rating_id, seq`)
        .all(JSON.stringify(ids)),
    );
    return rows.map((row) => caseFromRow(row, events.get(String(row.rating_id)) ?? []));
  }

  async getCase(ratingId: string): Promise<StoredCase | undefined> {
    return (await this.listCases({ ratingId }))[0];
  }

  async transitionCase(c: { ratingId: string; stationId: string }, next: CaseWorkflow, event: CaseEvent): Promise<boolean> {
    return this.#transaction(() => {
      this.#run(caseRowInsert(c, event.at, SQLITE));
      if (this.#run(caseUpdateQuery(c.ratingId, event.from, next, event.at, SQLITE)) !== 1) return false;
      this.#run(caseEventInsert(c.ratingId, event, SQLITE));
      return true;
    });
  }

  async listMisuse(range: RecordRange): Promise<MisuseEntry[]> {
    return this.#all(misuseListQuery(range, SQLITE.p)).map(misuseFromRow);
  }

  async reviewMisuse(recordId: string, restored: boolean, at: string): Promise<MisuseOutcome> {
    return this.#transaction(() => {
      const row = this.#db.prepare('SELECT body FROM records WHERE id = ?').get(recordId);
      if (!row) return 'not-found';
      if (!flaggedOnDevice(row.body)) return 'not-flagged';
      this.#db.prepare('UPDATE records SET misuse = ? WHERE id = ? AND misuse = ?').run(Number(!restored), recordId, Number(restored));
      this.#db
        .prepare(
          `INSERT INTO misuse_reviews (record_id, restored, reviewed_at) VALUES (?, ?, ?)
           ON CONFLICT (record_id) DO UPDATE SET restored = excluded.restored, reviewed_at = excluded.reviewed_at`,
        )
        .run(recordId, Number(restored), at);
      return 'done';
    });
  }

  async complaintHistory(recordId: string): Promise<{ firstOwner: string | null; events: ComplaintEvent[] }> {
    const owner = this.#db.prepare('SELECT first_owner FROM complaints WHERE record_id = ?').get(recordId);
    const events = this.#db.prepare('SELECT * FROM complaint_events WHERE record_id = ? ORDER BY seq').all(recordId);
    return { firstOwner: owner?.first_owner == null ? null : String(owner.first_owner), events: events.map(complaintEventFromRow) };
  }

  async logComplaintEvent(recordId: string, event: ComplaintEvent, owner?: string): Promise<void> {
    this.#transaction(() => {
      if (owner !== undefined) {
        this.#db
          .prepare('UPDATE complaints SET assignee = ?1, first_owner = COALESCE(first_owner, ?1) WHERE record_id = ?2')
          .run(owner, recordId);
      }
      this.#run(complaintEventInsert(recordId, event, SQLITE));
    });
  }

  async listNotices(range: RecordRange) {
    return this.#all(noticeListQuery(range, SQLITE.p)).map(noticeFromRow);
  }
}
