import type { Placeholder, Query } from './complaint-rows.js';
import { iso, isTrue } from './values.js';

/** Query text and row mapping for late ratings, shared by both databases. */

/** Waiting: late, no decision yet; excluded: a manager kept it out; accepted: it counts. */
export type LateStatus = 'waiting' | 'accepted' | 'excluded';

export interface LateRecord {
  id: string;
  kind: string;
  windowId: string | null;
  level: number | null;
  createdAt: string;
  receivedAt: string;
  deviceId: string | null;
  deviceName: string | null;
  status: LateStatus;
}

export interface LateRange {
  stationId: string;
  from?: string;
  to?: string;
}

/** `accepted` or `excluded`: a decision was recorded; `not-late`: the record was never late, so it always counted. */
export type LateReviewOutcome = 'accepted' | 'excluded' | 'not-found' | 'not-late';

/** Records still late, and those once late that a decision covers, newest first. */
export function lateListQuery(r: LateRange, p: Placeholder): Query {
  const params: unknown[] = [r.stationId];
  const where = [`r.station_id = ${p(1)}`, '(r.late OR v.record_id IS NOT NULL)'];
  if (r.from !== undefined) where.push(`r.created_at >= ${p(params.push(r.from))}`);
  if (r.to !== undefined) where.push(`r.created_at < ${p(params.push(r.to))}`);
  return {
    sql: `SELECT r.id, r.kind, r.window_id, r.level, r.created_at, r.received_at, r.device_id, d.name AS device_name, r.late, v.accepted
      FROM records r LEFT JOIN late_reviews v ON v.record_id = r.id LEFT JOIN devices d ON d.id = r.device_id
      WHERE ${where.join(' AND ')} ORDER BY r.created_at DESC, r.id DESC`,
    params,
  };
}

const text = (v: unknown) => (v === null || v === undefined ? null : String(v));

export function lateFromRow(row: Record<string, unknown>): LateRecord {
  return {
    id: String(row.id),
    kind: String(row.kind),
    windowId: text(row.window_id),
    level: row.level === null || row.level === undefined ? null : Number(row.level),
    createdAt: iso(row.created_at) ?? '',
    receivedAt: iso(row.received_at) ?? '',
    deviceId: text(row.device_id),
    deviceName: text(row.device_name),
    status: !isTrue(row.late) ? 'accepted' : row.accepted === null || row.accepted === undefined ? 'waiting' : 'excluded',
  };
}
