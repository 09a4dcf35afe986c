import type { Channel, ComplaintCategoryCode, RatingRecord } from '@manyi/core';
import type { ComplaintAppeal, FindingState, HandlingSatisfaction } from '../complaint-findings.js';
import type { HandlingState, HandlingStatus } from '../complaint-handling.js';
import type { IntakeChannel } from '../complaint-intake-channels.js';
import { COMPLAINT_SELECT, complaintFromRow, complaintListQuery, HANDLING_COLUMNS, handlingValues } from './complaint-rows.js';
import type { Sql } from './sql/port.js';
import type { Provenance } from './store.js';

/** A complaint as kept: what the citizen filed, how it arrived, and its handling. */
export interface StoredComplaint extends HandlingState, FindingState {
  recordId: string;
  /** Canonical form, e.g. `TS-250128-7K04AK`. */
  trackingNo: string;
  stationId: string;
  category: ComplaintCategoryCode;
  windowId: string | null;
  staffId: string | null;
  serviceItemId: string | null;
  description: string;
  wantsReply: boolean;
  /** Kept only with consent, and erased a while after the complaint is closed. */
  contact: { name: string | null; phone: string } | null;
  /** When the citizen handed it in (the device's time, corrected for clock skew). */
  receivedAt: string;
  contactErasedAt: string | null;
  channel: Channel;
  provenance: Provenance;
  deviceId: string | null;
  /** After the reply: how satisfied the citizen is with the handling, how it was asked, and who noted it. */
  satisfaction: { level: HandlingSatisfaction; via: string; by: string; at: string } | null;
  /** Keyed in by staff: how it reached the station and who keyed it (null for the tablet and web). */
  intakeChannel: IntakeChannel | null;
  keyedBy: string | null;
  /** The staff member's appeal of the finding, and the supervisor's decision once made. */
  appeal: ComplaintAppeal | null;
  /** The description is replaced by an empty text once its retention ends. */
  descriptionErasedAt: string | null;
}

/** Where a page of a listing ends, so the next page starts after it. */
export interface ListCursor {
  at: string;
  id: string;
}

export interface ComplaintFilter {
  stationId?: string;
  status?: HandlingStatus;
  /** Inclusive lower and exclusive upper bound on `receivedAt`, ISO UTC. */
  from?: string;
  to?: string;
  /** Oldest first unless set. */
  newestFirst?: boolean;
  after?: ListCursor;
  limit: number;
}

export interface RatingExportFilter {
  stationId: string;
  from?: string;
  to?: string;
  after?: ListCursor;
  limit: number;
}

/** A rating with what the collector knows of its arrival, oldest first. */
export interface ExportedRating {
  record: RatingRecord;
  provenance: Provenance;
  deviceId: string | null;
  createdAt: string;
  receivedAt: string;
}

/** Complaints, their handling and least-data erasure. A complaint is filed with its record (records.insert). */
export class ComplaintStore {
  readonly #sql: Sql;

  constructor(sql: Sql) {
    this.#sql = sql;
  }

  /** The next number (0, 1, …) of a tracking node's counter for a China day, atomically across collectors. */
  async nextTrackingSeq(node: number, day: string): Promise<number> {
    const p = this.#sql.p;
    const row = await this.#sql.get(
      `INSERT INTO tracking_counters (node, day, seq) VALUES (${p(1)}, ${p(2)}, 0)
       ON CONFLICT (node, day) DO UPDATE SET seq = tracking_counters.seq + 1 RETURNING seq`,
      [node, day],
    );
    return Number(row?.seq);
  }

  async get(by: { trackingNo: string } | { recordId: string }): Promise<StoredComplaint | undefined> {
    const [column, value] = 'trackingNo' in by ? ['c.tracking_no', by.trackingNo] : ['c.record_id', by.recordId];
    const row = await this.#sql.get(`${COMPLAINT_SELECT} WHERE ${column} = ${this.#sql.p(1)}`, [value]);
    return row ? complaintFromRow(row) : undefined;
  }

  async list(filter: ComplaintFilter): Promise<StoredComplaint[]> {
    const q = complaintListQuery(filter, this.#sql.p);
    return (await this.#sql.all(q.sql, q.params)).map(complaintFromRow);
  }

  /** Writes the new handling state if the complaint still has `expected` status; false when it changed meanwhile. */
  async updateHandling(trackingNo: string, expected: HandlingStatus, next: HandlingState): Promise<boolean> {
    const p = this.#sql.p;
    const n = HANDLING_COLUMNS.length;
    const sets = HANDLING_COLUMNS.map((c, i) => `${c} = ${p(i + 1)}`).join(', ');
    const changed = await this.#sql.run(`UPDATE complaints SET ${sets} WHERE tracking_no = ${p(n + 1)} AND status = ${p(n + 2)}`, [
      ...handlingValues(next),
      trackingNo,
      expected,
    ]);
    return changed === 1;
  }

  /** Erases the contact details of complaints closed before `closedBefore`; how many were erased. */
  eraseContacts(closedBefore: string, now: string): Promise<number> {
    const p = this.#sql.p;
    return this.#sql.run(
      `UPDATE complaints SET contact_name = NULL, contact_phone = NULL, contact_erased_at = ${p(2)}
       WHERE status = 'closed' AND closed_at < ${p(1)} AND (contact_name IS NOT NULL OR contact_phone IS NOT NULL)`,
      [closedBefore, now],
    );
  }
}
