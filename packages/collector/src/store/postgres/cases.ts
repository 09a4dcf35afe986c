import type pg from 'pg';
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

const POSTGRES: Dialect = { p: (n) => `$${n}`, time: (placeholder) => `${placeholder}::timestamptz` };

/** The ledger in PostgreSQL: a stored bad review is already a case; `cases` gets a row on its first change. */
export class PostgresCaseStore implements CaseStore {
  readonly #pool: pg.Pool;

  constructor(pool: pg.Pool) {
    this.#pool = pool;
  }

  async #transaction<T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    const client = await this.#pool.connect();
    try {
      await client.query('BEGIN');
      const result = await work(client);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => {});
      throw error;
    } finally {
      client.release();
    }
  }

  async #all(q: Query, db: pg.Pool | pg.PoolClient = this.#pool): Promise<Record<string, unknown>[]> {
    return (await db.query(q.sql, q.params)).rows;
  }

  async listCases(filter: CaseFilter & { ratingId?: string }): Promise<StoredCase[]> {
    const rows = await this.#all(caseListQuery(filter, POSTGRES.p));
    if (rows.length === 0) return [];
    const ids = rows.map((r) => String(r.rating_id));
    const events = eventsByCase(
      await this.#all({ sql: `${CASE_EVENT_SELECT} WHERE rating_id = ANY($1::text[]) ORDER BY rating_id, seq`, params: [ids] }),
    );
    return rows.map((row) => caseFromRow(row, events.get(String(row.rating_id)) ?? []));
  }

  async getCase(ratingId: string): Promise<StoredCase | undefined> {
    return (await this.listCases({ ratingId }))[0];
  }

  async transitionCase(k: { ratingId: string; stationId: string }, next: CaseWorkflow, event: CaseEvent): Promise<boolean> {
    return this.#transaction(async (c) => {
      for (const q of [caseRowInsert(k, event.at, POSTGRES), caseUpdateQuery(k.ratingId, event.from, next, event.at, POSTGRES)]) {
        const { rowCount } = await c.query(q.sql, q.params);
        // The update, guarded by the state, is what must have found the case.
        if (q.sql.startsWith('UPDATE') && rowCount !== 1) return false;
      }
      const insert = caseEventInsert(k.ratingId, event, POSTGRES);
      await c.query(insert.sql, insert.params);
      return true;
    });
  }

  async listMisuse(range: RecordRange): Promise<MisuseEntry[]> {
    return (await this.#all(misuseListQuery(range, POSTGRES.p))).map(misuseFromRow);
  }

  async reviewMisuse(recordId: string, restored: boolean, at: string): Promise<MisuseOutcome> {
    return this.#transaction(async (c) => {
      const { rows } = await c.query('SELECT body FROM records WHERE id = $1 FOR UPDATE', [recordId]);
      if (!rows[0]) return 'not-found';
      if (!flaggedOnDevice(rows[0].body)) return 'not-flagged';
      await c.query('UPDATE records SET misuse = $1 WHERE id = $2 AND misuse <> $1', [!restored, recordId]);
      await c.query(
        `INSERT INTO misuse_reviews (record_id, restored, reviewed_at) VALUES ($1, $2, $3)
         ON CONFLICT (record_id) DO UPDATE SET restored = excluded.restored, reviewed_at = excluded.reviewed_at`,
        [recordId, restored, at],
      );
      return 'done';
    });
  }

  async complaintHistory(recordId: string): Promise<{ firstOwner: string | null; events: ComplaintEvent[] }> {
    const owner = await this.#pool.query('SELECT first_owner FROM complaints WHERE record_id = $1', [recordId]);
    const events = await this.#pool.query('SELECT * FROM complaint_events WHERE record_id = $1 ORDER BY seq', [recordId]);
    return { firstOwner: owner.rows[0]?.first_owner ?? null, events: events.rows.map(complaintEventFromRow) };
  }

  async logComplaintEvent(recordId: string, event: ComplaintEvent, owner?: string): Promise<void> {
    await this.#transaction(async (c) => {
      // Locks the complaint's row first, so two steps logged at once take turns for their number.
      await c.query(
        owner === undefined
          ? 'SELECT 1 FROM complaints WHERE record_id = $1 FOR UPDATE'
          : 'UPDATE complaints SET assignee = $2, first_owner = COALESCE(first_owner, $2) WHERE record_id = $1',
        owner === undefined ? [recordId] : [recordId, owner],
      );
      const insert = complaintEventInsert(recordId, event, POSTGRES);
      await c.query(insert.sql, insert.params);
    });
  }

  async listNotices(range: RecordRange) {
    return (await this.#all(noticeListQuery(range, POSTGRES.p))).map(noticeFromRow);
  }
}
