import { exportedRatingFromRow, ratingExportQuery } from './complaint-rows.js';
import type { ExportedRating, RatingExportFilter } from './complaint-store.js';
import { type LateRange, type LateRecord, type LateReviewOutcome, lateFromRow, lateListQuery } from './late-rows.js';
import { GROUP_COLUMN } from './rows.js';
import type { Sql } from './sql/port.js';
import type { InsertOutcome, StatsCountRow, StatsFilter, StoredRecord } from './store.js';
import type { UploadWrites } from './upload-writes.js';
import { isTrue } from './values.js';

/** Ratings whose bad-review case a supervisor decided `voided` on appeal are left out of every figure. */
const VOIDED_ON_APPEAL_EXCLUDED = "NOT EXISTS (SELECT 1 FROM cases c WHERE c.rating_id = records.id AND c.state = 'voided')";

/** The log of records (ratings, complaints, notices, heartbeats), its figures and its export. */
export class RecordStore {
  readonly #sql: Sql;
  readonly #uploads: UploadWrites;

  constructor(sql: Sql, uploads: UploadWrites) {
    this.#sql = sql;
    this.#uploads = uploads;
  }

  /**
   * Stores a batch in one transaction, idempotently by record id; outcomes in input order.
   * Ids within one call are unique (the caller settles repeats inside a batch).
   * Complaints also get their row in `complaints`, in the same transaction.
   */
  insert(rows: readonly StoredRecord[]): Promise<InsertOutcome[]> {
    return this.#uploads.insertRecords(rows);
  }

  /** The station a record was stored for, or undefined for an unknown id. */
  async stationOf(id: string): Promise<string | undefined> {
    const row = await this.#sql.get(`SELECT station_id FROM records WHERE id = ${this.#sql.p(1)}`, [id]);
    return row ? String(row.station_id) : undefined;
  }

  async ratingCounts(f: StatsFilter): Promise<StatsCountRow[]> {
    const sql = this.#sql;
    const p = sql.p;
    const key = f.by ? sql.asKey(GROUP_COLUMN[f.by]) : 'NULL';
    const params: unknown[] = [f.stationIds];
    // A late rating counts nowhere until accepted: published figures never change silently.
    const where = [sql.inList('station_id', p(1)), "kind = 'rating'", `late = ${p(params.push(false))}`];
    if (!f.includeMisuse) where.push(`misuse = ${p(params.push(false))}`);
    // A bad review voided on appeal counts nowhere: not in 好评率, bad-review counts, results, score or standing.
    where.push(VOIDED_ON_APPEAL_EXCLUDED);
    if (f.from) where.push(`created_at >= ${p(params.push(f.from))}`);
    if (f.to) where.push(`created_at < ${p(params.push(f.to))}`);
    const rows = await sql.all(
      `SELECT ${key} AS key, level, COUNT(*) AS count FROM records WHERE ${where.join(' AND ')} GROUP BY 1, 2 ORDER BY 1, 2`,
      params,
    );
    return rows.map((r) => ({
      key: r.key === null ? null : String(r.key),
      level: Number(r.level) as StatsCountRow['level'],
      count: Number(r.count),
    }));
  }

  /** A station's ratings with what the collector knows of their arrival, oldest first, a page at a time. */
  async ratingsForExport(filter: RatingExportFilter): Promise<ExportedRating[]> {
    const q = ratingExportQuery(filter, this.#sql.p);
    return (await this.#sql.all(q.sql, q.params)).map(exportedRatingFromRow);
  }

  /** A station's ratings that arrived late (still waiting, excluded or accepted), newest first. */
  async listLate(range: LateRange): Promise<LateRecord[]> {
    const q = lateListQuery(range, this.#sql.p);
    return (await this.#sql.all(q.sql, q.params)).map(lateFromRow);
  }

  /** Counts a late rating in every figure from now on (`accept`), or keeps it out; the decision is kept. */
  reviewLate(stationId: string, recordId: string, accept: boolean, at: string): Promise<LateReviewOutcome> {
    return this.#sql.transaction(async (tx) => {
      const p = tx.p;
      const row = await tx.get(`SELECT late FROM records WHERE id = ${p(1)} AND station_id = ${p(2)}${tx.forUpdate}`, [
        recordId,
        stationId,
      ]);
      if (!row) return 'not-found';
      const reviewed = await tx.get(`SELECT 1 AS reviewed FROM late_reviews WHERE record_id = ${p(1)}`, [recordId]);
      if (!isTrue(row.late) && !reviewed) return 'not-late';
      await tx.run(`UPDATE records SET late = ${p(1)} WHERE id = ${p(2)}`, [!accept, recordId]);
      await tx.run(
        `INSERT INTO late_reviews (record_id, accepted, reviewed_at) VALUES (${p(1)}, ${p(2)}, ${tx.time(p(3))})
         ON CONFLICT (record_id) DO UPDATE SET accepted = excluded.accepted, reviewed_at = excluded.reviewed_at`,
        [recordId, accept, at],
      );
      return accept ? 'accepted' : 'excluded';
    });
  }
}
