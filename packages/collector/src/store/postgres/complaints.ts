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
  ratingExportQuery,
} from '../complaint-rows.js';
import type { ComplaintFilter, ExportedRating, RatingExportFilter, StoredComplaint } from '../complaint-store.js';
import type { Queryable } from './catalogue.js';

/** Complaints and exports in PostgreSQL; `db` is the pool or a client inside a transaction. */

const COMPLAINT_TYPES: Record<(typeof COMPLAINT_COLUMNS)[number], string> = {
  record_id: 'text',
  tracking_no: 'text',
  station_id: 'text',
  category: 'text',
  window_id: 'text',
  staff_id: 'text',
  service_item_id: 'text',
  description: 'text',
  wants_reply: 'bool',
  contact_name: 'text',
  contact_phone: 'text',
  status: 'text',
  received_at: 'timestamptz',
};

const numbered = (n: number) => `$${n}`;

/** Inserts the complaints of a batch in one statement; returns the record ids whose complaint was stored. */
export async function insertComplaints(db: Queryable, rows: readonly Parameters<typeof complaintValues>[0][]): Promise<Set<string>> {
  if (rows.length === 0) return new Set();
  const values = rows.map(complaintValues);
  const unnest = COMPLAINT_COLUMNS.map((c, i) => `$${i + 1}::${COMPLAINT_TYPES[c]}[]`).join(', ');
  const { rows: stored } = await db.query<{ record_id: string }>(
    `INSERT INTO complaints (${COMPLAINT_COLUMNS.join(', ')}) SELECT * FROM unnest(${unnest}) ON CONFLICT DO NOTHING RETURNING record_id`,
    COMPLAINT_COLUMNS.map((_, i) => values.map((v) => v[i])),
  );
  return new Set(stored.map((r) => r.record_id));
}

export async function nextTrackingSeq(db: Queryable, node: number, day: string): Promise<number> {
  const { rows } = await db.query<{ seq: number }>(
    `INSERT INTO tracking_counters (node, day, seq) VALUES ($1, $2, 0)
     ON CONFLICT (node, day) DO UPDATE SET seq = tracking_counters.seq + 1 RETURNING seq`,
    [node, day],
  );
  return Number(rows[0]?.seq);
}

export async function getComplaint(db: Queryable, by: { trackingNo: string } | { recordId: string }): Promise<StoredComplaint | undefined> {
  const [column, value] = 'trackingNo' in by ? ['c.tracking_no', by.trackingNo] : ['c.record_id', by.recordId];
  const { rows } = await db.query(`${COMPLAINT_SELECT} WHERE ${column} = $1`, [value]);
  return rows[0] ? complaintFromRow(rows[0]) : undefined;
}

export async function listComplaints(db: Queryable, filter: ComplaintFilter): Promise<StoredComplaint[]> {
  const q = complaintListQuery(filter, numbered);
  const { rows } = await db.query(q.sql, q.params);
  return rows.map(complaintFromRow);
}

export async function updateComplaintHandling(
  db: Queryable,
  trackingNo: string,
  expected: HandlingStatus,
  next: HandlingState,
): Promise<boolean> {
  const sets = HANDLING_COLUMNS.map((c, i) => `${c} = $${i + 1}`).join(', ');
  const n = HANDLING_COLUMNS.length;
  const { rowCount } = await db.query(`UPDATE complaints SET ${sets} WHERE tracking_no = $${n + 1} AND status = $${n + 2}`, [
    ...handlingValues(next),
    trackingNo,
    expected,
  ]);
  return rowCount === 1;
}

export async function eraseComplaintContacts(db: Queryable, closedBefore: string, now: string): Promise<number> {
  const { rowCount } = await db.query(
    `UPDATE complaints SET contact_name = NULL, contact_phone = NULL, contact_erased_at = $2
     WHERE status = 'closed' AND closed_at < $1 AND (contact_name IS NOT NULL OR contact_phone IS NOT NULL)`,
    [closedBefore, now],
  );
  return rowCount ?? 0;
}

export async function listRatingsForExport(db: Queryable, filter: RatingExportFilter): Promise<ExportedRating[]> {
  const q = ratingExportQuery(filter, numbered);
  const { rows } = await db.query(q.sql, q.params);
  return rows.map(exportedRatingFromRow);
}
