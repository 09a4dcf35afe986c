import type { DatabaseSync, SQLInputValue } from 'node:sqlite';
import type { HandlingState, HandlingStatus } from '../../complaint-handling.js';
import {
  COMPLAINT_COLUMNS,
  COMPLAINT_SELECT,
  complaintFromRow,
  complaintListQuery,
  complaintValues,
  exportedRatingFromRow,
  HANDLING_COLUMNS,
  handlingValues,
  type Query,
  ratingExportQuery,
} from '../complaint-rows.js';
import type { ComplaintFilter, ExportedRating, RatingExportFilter, StoredComplaint } from '../complaint-store.js';

/** Complaints and exports in SQLite: plain functions on the connection, so inserts join the batch's transaction. */

const bind = (values: readonly unknown[]): SQLInputValue[] =>
  values.map((v) => (typeof v === 'boolean' ? Number(v) : (v as SQLInputValue)));
const all = (db: DatabaseSync, q: Query) => db.prepare(q.sql).all(...bind(q.params));

/** False when another complaint already holds the tracking number. */
export function insertComplaint(db: DatabaseSync, row: Parameters<typeof complaintValues>[0]): boolean {
  const sql = `INSERT INTO complaints (${COMPLAINT_COLUMNS.join(', ')}) VALUES (${COMPLAINT_COLUMNS.map(() => '?').join(', ')})
    ON CONFLICT DO NOTHING`;
  return db.prepare(sql).run(...bind(complaintValues(row))).changes === 1;
}

export function nextTrackingSeq(db: DatabaseSync, node: number, day: string): number {
  const row = db
    .prepare(
      `INSERT INTO tracking_counters (node, day, seq) VALUES (?, ?, 0)
       ON CONFLICT (node, day) DO UPDATE SET seq = tracking_counters.seq + 1 RETURNING seq`,
    )
    .get(node, day);
  return Number(row?.seq);
}

export function getComplaint(db: DatabaseSync, by: { trackingNo: string } | { recordId: string }): StoredComplaint | undefined {
  const [column, value] = 'trackingNo' in by ? ['c.tracking_no', by.trackingNo] : ['c.record_id', by.recordId];
  const row = db.prepare(`${COMPLAINT_SELECT} WHERE ${column} = ?`).get(value);
  return row ? complaintFromRow(row) : undefined;
}

export function listComplaints(db: DatabaseSync, filter: ComplaintFilter): StoredComplaint[] {
  return all(
    db,
    complaintListQuery(filter, () => '?'),
  ).map(complaintFromRow);
}

export function updateComplaintHandling(db: DatabaseSync, trackingNo: string, expected: HandlingStatus, next: HandlingState): boolean {
  const sql = `UPDATE complaints SET ${HANDLING_COLUMNS.map((c) => `${c} = ?`).join(', ')} WHERE tracking_no = ? AND status = ?`;
  return db.prepare(sql).run(...bind([...handlingValues(next), trackingNo, expected])).changes === 1;
}

export function eraseComplaintContacts(db: DatabaseSync, closedBefore: string, now: string): number {
  const result = db
    .prepare(
      `UPDATE complaints SET contact_name = NULL, contact_phone = NULL, contact_erased_at = ?
       WHERE status = 'closed' AND closed_at < ? AND (contact_name IS NOT NULL OR contact_phone IS NOT NULL)`,
    )
    .run(now, closedBefore);
  return Number(result.changes);
}

export function listRatingsForExport(db: DatabaseSync, filter: RatingExportFilter): ExportedRating[] {
  return all(
    db,
    ratingExportQuery(filter, () => '?'),
  ).map(exportedRatingFromRow);
}
