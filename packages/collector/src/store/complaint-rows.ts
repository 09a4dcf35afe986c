import { type ComplaintRecord, normalizePhone, type RatingRecord, validateTrackingNumber } from '@manyi/core';
import type { ComplaintAppeal, Finding, HandlingSatisfaction } from '../complaint-findings.js';
import type { HandlingState } from '../complaint-handling.js';
import type { IntakeChannel } from '../complaint-intake-channels.js';
import type { ComplaintFilter, ExportedRating, RatingExportFilter, StoredComplaint } from './complaint-store.js';
import type { Provenance, StoredRecord } from './store.js';
import { iso, parsedJson } from './values.js';

/** Row shapes and query text for complaints and rating exports, shared by both databases. */

export const COMPLAINT_COLUMNS = [
  'record_id',
  'tracking_no',
  'station_id',
  'category',
  'window_id',
  'staff_id',
  'service_item_id',
  'description',
  'wants_reply',
  'contact_name',
  'contact_phone',
  'status',
  'received_at',
  'intake_channel',
  'keyed_by',
] as const;

/** The complaint row a stored complaint record starts with: status `received`. */
export function complaintValues(row: StoredRecord & { record: ComplaintRecord }): (string | boolean | null)[] {
  const c = row.record;
  const check = validateTrackingNumber(c.trackingNo);
  // Contact details are kept only with consent; the schema already demands it, this keeps the promise locally too.
  const contact = c.consent === true ? c.contact : undefined;
  return [
    c.id,
    check.valid ? check.number : c.trackingNo,
    c.stationId,
    c.category,
    c.windowId ?? null,
    c.staffId ?? null,
    c.serviceItemId ?? null,
    c.description,
    c.wantsReply,
    contact?.name ?? null,
    contact ? normalizePhone(contact.phone) : null,
    'received',
    row.createdAt,
    row.intake?.channel ?? null,
    row.intake?.keyedBy ?? null,
  ];
}

export function complaintFromRow(row: Record<string, unknown>): StoredComplaint {
  const text = (v: unknown) => (v === null || v === undefined ? null : String(v));
  const phone = text(row.contact_phone);
  return {
    recordId: String(row.record_id),
    trackingNo: String(row.tracking_no),
    stationId: String(row.station_id),
    category: String(row.category) as StoredComplaint['category'],
    windowId: text(row.window_id),
    staffId: text(row.staff_id),
    serviceItemId: text(row.service_item_id),
    description: String(row.description),
    wantsReply: Boolean(row.wants_reply),
    contact: phone === null ? null : { name: text(row.contact_name), phone },
    receivedAt: iso(row.received_at) ?? '',
    contactErasedAt: iso(row.contact_erased_at),
    channel: String(row.channel) as StoredComplaint['channel'],
    provenance: String(row.provenance) as Provenance,
    deviceId: text(row.device_id),
    status: String(row.status) as StoredComplaint['status'],
    assignee: text(row.assignee),
    publicReply: text(row.public_reply),
    assignedAt: iso(row.assigned_at),
    repliedAt: iso(row.replied_at),
    closedAt: iso(row.closed_at),
    ...findingFromRow(row),
  };
}

/** The finding, voiding, satisfaction and intake columns of a complaint row. */
function findingFromRow(row: Record<string, unknown>) {
  const text = (v: unknown) => (v === null || v === undefined ? null : String(v));
  const finding = text(row.finding);
  const voidedAt = iso(row.voided_at);
  const satisfaction = text(row.satisfaction);
  return {
    finding:
      finding === null
        ? null
        : { code: finding as Finding, reasons: text(row.finding_reasons) ?? '', by: text(row.found_by) ?? '', at: iso(row.found_at) ?? '' },
    voided: voidedAt === null ? null : { reason: text(row.void_reason) ?? '', by: text(row.voided_by) ?? '', at: voidedAt },
    satisfaction:
      satisfaction === null
        ? null
        : {
            level: satisfaction as HandlingSatisfaction,
            via: text(row.satisfaction_via) ?? '',
            by: text(row.satisfaction_by) ?? '',
            at: iso(row.satisfaction_at) ?? '',
          },
    intakeChannel: text(row.intake_channel) as IntakeChannel | null,
    keyedBy: text(row.keyed_by),
    descriptionErasedAt: iso(row.description_erased_at),
    appeal: appealFromRow(row),
  };
}

function appealFromRow(row: Record<string, unknown>): ComplaintAppeal | null {
  const text = (v: unknown) => (v === null || v === undefined ? null : String(v));
  const at = iso(row.appealed_at);
  if (at === null) return null;
  return {
    note: text(row.appeal_note) ?? '',
    by: text(row.appealed_by) ?? '',
    at,
    decision: text(row.appeal_decision) as ComplaintAppeal['decision'],
    decisionNote: text(row.appeal_decision_note),
    decidedBy: text(row.appeal_decided_by),
    decidedAt: iso(row.appeal_decided_at),
  };
}

/** Columns the handling writes, in this order. */
export const HANDLING_COLUMNS = ['status', 'assignee', 'public_reply', 'assigned_at', 'replied_at', 'closed_at'] as const;
export const handlingValues = (h: HandlingState) => [h.status, h.assignee, h.publicReply, h.assignedAt, h.repliedAt, h.closedAt];

/** A query with numbered placeholders made by `p` (`?` for SQLite, `$n` for PostgreSQL). */
export interface Query {
  sql: string;
  params: unknown[];
}
export type Placeholder = (n: number) => string;

/** Rows after the cursor in listing order; each value bound once per use, as SQLite's `?` needs. */
function keyset(
  column: string,
  idColumn: string,
  after: { at: string; id: string },
  newestFirst: boolean,
  p: Placeholder,
  params: unknown[],
) {
  const op = newestFirst ? '<' : '>';
  const at = () => p(params.push(after.at));
  return `(${column} ${op} ${at()} OR (${column} = ${at()} AND ${idColumn} ${op} ${p(params.push(after.id))}))`;
}

export function complaintListQuery(f: ComplaintFilter, p: Placeholder): Query {
  const where: string[] = [];
  const params: unknown[] = [];
  if (f.stationId !== undefined) where.push(`c.station_id = ${p(params.push(f.stationId))}`);
  if (f.status !== undefined) where.push(`c.status = ${p(params.push(f.status))}`);
  if (f.from !== undefined) where.push(`c.received_at >= ${p(params.push(f.from))}`);
  if (f.to !== undefined) where.push(`c.received_at < ${p(params.push(f.to))}`);
  if (f.after) where.push(keyset('c.received_at', 'c.record_id', f.after, f.newestFirst === true, p, params));
  const order = f.newestFirst ? 'DESC' : 'ASC';
  return {
    sql: `${COMPLAINT_SELECT} ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''}
      ORDER BY c.received_at ${order}, c.record_id ${order} LIMIT ${p(params.push(f.limit))}`,
    params,
  };
}

export const COMPLAINT_SELECT = 'SELECT c.*, r.channel, r.provenance, r.device_id FROM complaints c JOIN records r ON r.id = c.record_id';

export function ratingExportQuery(f: RatingExportFilter, p: Placeholder): Query {
  const params: unknown[] = [f.stationId];
  // A late rating is left out of exports until accepted, as out of every figure.
  const where = [`station_id = ${p(1)}`, "kind = 'rating'", 'NOT late'];
  if (f.from !== undefined) where.push(`created_at >= ${p(params.push(f.from))}`);
  if (f.to !== undefined) where.push(`created_at < ${p(params.push(f.to))}`);
  if (f.after) where.push(keyset('created_at', 'id', f.after, false, p, params));
  return {
    sql: `SELECT body, provenance, device_id, created_at, received_at FROM records WHERE ${where.join(' AND ')}
      ORDER BY created_at, id LIMIT ${p(params.push(f.limit))}`,
    params,
  };
}

export function exportedRatingFromRow(row: Record<string, unknown>): ExportedRating {
  return {
    record: parsedJson<RatingRecord>(row.body),
    provenance: String(row.provenance) as Provenance,
    deviceId: row.device_id === null ? null : String(row.device_id),
    createdAt: iso(row.created_at) ?? '',
    receivedAt: iso(row.received_at) ?? '',
  };
}

export function isComplaintRow(row: StoredRecord): row is StoredRecord & { record: ComplaintRecord } {
  return row.record.kind === 'complaint';
}
