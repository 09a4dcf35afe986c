import type { NoticeRecord, RatingRecord } from '@manyi/core';
import type { CaseState, CaseWorkflow } from '../cases.js';
import type { CaseEvent, CaseFilter, ComplaintEvent, MisuseEntry, RecordRange, StoredCase } from './case-store.js';
import type { Placeholder, Query } from './complaint-rows.js';
import type { Sql } from './sql/port.js';
import { iso, parsedJson } from './values.js';

/** Query text and row mapping for the ledger, shared by both databases (`p` makes placeholders). */

/**
 * Every bad review that is not misuse is a case; `cases` has a row only once handling changed it.
 * The terms on `r.kind` and `r.level` are written as in the partial index records_bad_reviews.
 */
const CASE_SELECT = `SELECT r.id AS rating_id, r.station_id, COALESCE(c.state, 'new') AS state, c.state_before_appeal, c.void_reason,
  r.created_at, r.body FROM records r LEFT JOIN cases c ON c.rating_id = r.id`;

export function caseListQuery(f: CaseFilter & { ratingId?: string }, p: Placeholder): Query {
  const params: unknown[] = [];
  // A case whose rating was excluded again as misuse drops out, history kept should it be restored;
  // a late rating is a case only once accepted.
  const where = ["r.kind = 'rating'", 'r.level <= 2', 'NOT r.misuse', 'NOT r.late'];
  if (f.ratingId !== undefined) where.push(`r.id = ${p(params.push(f.ratingId))}`);
  if (f.stationId !== undefined) where.push(`r.station_id = ${p(params.push(f.stationId))}`);
  if (f.state === 'new') where.push("(c.state IS NULL OR c.state = 'new')");
  else if (f.state !== undefined) where.push(`c.state = ${p(params.push(f.state))}`);
  if (f.from !== undefined) where.push(`r.created_at >= ${p(params.push(f.from))}`);
  if (f.to !== undefined) where.push(`r.created_at < ${p(params.push(f.to))}`);
  if (f.windowId !== undefined) where.push(`r.window_id = ${p(params.push(f.windowId))}`);
  if (f.staffId !== undefined) where.push(`r.staff_id = ${p(params.push(f.staffId))}`);
  return { sql: `${CASE_SELECT} WHERE ${where.join(' AND ')} ORDER BY r.created_at DESC, r.id DESC`, params };
}

/** The row a case gets on its first change; a no-op when it has one. */
export function caseRowInsert(c: { ratingId: string; stationId: string }, at: string, d: Pick<Sql, 'p' | 'time'>): Query {
  const { p } = d;
  return {
    sql: `INSERT INTO cases (rating_id, station_id, state, changed_at) VALUES (${p(1)}, ${p(2)}, 'new', ${d.time(p(3))})
      ON CONFLICT (rating_id) DO NOTHING`,
    params: [c.ratingId, c.stationId, at],
  };
}

const text = (v: unknown) => (v === null || v === undefined ? null : String(v));

export function caseFromRow(row: Record<string, unknown>, history: CaseEvent[]): StoredCase {
  return {
    ratingId: String(row.rating_id),
    stationId: String(row.station_id),
    state: String(row.state) as CaseState,
    stateBeforeAppeal: text(row.state_before_appeal) as CaseState | null,
    voidReason: text(row.void_reason),
    rating: parsedJson<RatingRecord>(row.body),
    ratedAt: iso(row.created_at) ?? '',
    history,
  };
}

export const CASE_EVENT_SELECT = 'SELECT rating_id, at, from_state, to_state, by_whom, note, reason FROM case_events';

export function caseEventFromRow(row: Record<string, unknown>): CaseEvent {
  return {
    at: iso(row.at) ?? '',
    from: String(row.from_state) as CaseState,
    to: String(row.to_state) as CaseState,
    by: String(row.by_whom),
    note: String(row.note),
    reason: text(row.reason),
  };
}

/** Events grouped by case, each list oldest first (rows must come ordered by seq). */
export function eventsByCase(rows: readonly Record<string, unknown>[]): Map<string, CaseEvent[]> {
  const byCase = new Map<string, CaseEvent[]>();
  for (const row of rows) {
    const id = String(row.rating_id);
    const list = byCase.get(id) ?? [];
    list.push(caseEventFromRow(row));
    byCase.set(id, list);
  }
  return byCase;
}

/** The case update guarded by its state, so two handlers never overwrite each other. */
export function caseUpdateQuery(ratingId: string, expected: CaseState, next: CaseWorkflow, at: string, d: Pick<Sql, 'p' | 'time'>): Query {
  const { p } = d;
  const params: unknown[] = [];
  const sql = `UPDATE cases SET state = ${p(params.push(next.state))}, state_before_appeal = ${p(params.push(next.stateBeforeAppeal))},
    void_reason = ${p(params.push(next.voidReason))}, changed_at = ${d.time(p(params.push(at)))}
    WHERE rating_id = ${p(params.push(ratingId))} AND state = ${p(params.push(expected))}`;
  return { sql, params };
}

export function caseEventInsert(ratingId: string, e: CaseEvent, d: Pick<Sql, 'p' | 'time'>): Query {
  const { p } = d;
  const params: unknown[] = [ratingId];
  const values = [e.at, e.from, e.to, e.by, e.note, e.reason].map((v) => p(params.push(v)));
  values[0] = d.time(values[0] as string);
  return {
    sql: `INSERT INTO case_events (rating_id, seq, at, from_state, to_state, by_whom, note, reason)
      SELECT ${p(1)}, COALESCE(MAX(seq), 0) + 1, ${values.join(', ')} FROM case_events WHERE rating_id = ${p(1)}`,
    params,
  };
}

function rangeWhere(r: RecordRange, p: Placeholder, params: unknown[], where: string[]): void {
  if (r.stationId !== undefined) where.push(`station_id = ${p(params.push(r.stationId))}`);
  if (r.from !== undefined) where.push(`created_at >= ${p(params.push(r.from))}`);
  if (r.to !== undefined) where.push(`created_at < ${p(params.push(r.to))}`);
}

/** Records still flagged, and those once flagged that a manager restored. */
export function misuseListQuery(r: RecordRange, p: Placeholder): Query {
  const params: unknown[] = [];
  const where = ['(misuse OR id IN (SELECT record_id FROM misuse_reviews))'];
  rangeWhere(r, p, params, where);
  return {
    sql: `SELECT id, kind, station_id, window_id, level, created_at, misuse FROM records WHERE ${where.join(' AND ')}
      ORDER BY created_at DESC, id DESC`,
    params,
  };
}

export function misuseFromRow(row: Record<string, unknown>): MisuseEntry {
  return {
    id: String(row.id),
    kind: String(row.kind),
    stationId: String(row.station_id),
    windowId: text(row.window_id),
    level: row.level === null || row.level === undefined ? null : Number(row.level),
    createdAt: iso(row.created_at) ?? '',
    restored: !row.misuse,
  };
}

export function noticeListQuery(r: RecordRange, p: Placeholder): Query {
  const params: unknown[] = [];
  const where = ["kind = 'notice'"];
  rangeWhere(r, p, params, where);
  return { sql: `SELECT body, created_at FROM records WHERE ${where.join(' AND ')} ORDER BY created_at, id`, params };
}

export const noticeFromRow = (row: Record<string, unknown>) => ({
  notice: parsedJson<NoticeRecord>(row.body),
  createdAt: iso(row.created_at) ?? '',
});

export function complaintEventFromRow(row: Record<string, unknown>): ComplaintEvent {
  return {
    at: iso(row.at) ?? '',
    action: String(row.action) as ComplaintEvent['action'],
    from: text(row.from_owner),
    to: String(row.to_owner),
    note: text(row.note),
  };
}

export function complaintEventInsert(recordId: string, e: ComplaintEvent, d: Pick<Sql, 'p' | 'time'>): Query {
  const { p } = d;
  const params: unknown[] = [recordId];
  const values = [e.at, e.action, e.from, e.to, e.note].map((v) => p(params.push(v)));
  values[0] = d.time(values[0] as string);
  return {
    sql: `INSERT INTO complaint_events (record_id, seq, at, action, from_owner, to_owner, note)
      SELECT ${p(1)}, COALESCE(MAX(seq), 0) + 1, ${values.join(', ')} FROM complaint_events WHERE record_id = ${p(1)}`,
    params,
  };
}

/** Was this record flagged on its device? The body keeps what the device said; the column may have been reviewed since. */
export const flaggedOnDevice = (body: unknown): boolean => parsedJson<{ misuse?: unknown }>(body).misuse === true;
