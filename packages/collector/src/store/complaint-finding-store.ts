import { complaintEventInsert } from './case-rows.js';
import type { ComplaintEvent } from './case-store.js';
import type { Sql } from './sql/port.js';
import { iso } from './values.js';

/** A warning talk (诫勉谈话) held with the staff member a substantiated complaint names. */
export interface WarningTalk {
  recordId: string;
  staffId: string;
  heldAt: string;
  heldBy: string;
  notes: string;
  recordedBy: string;
  recordedAt: string;
}

/**
 * Which complaint a change applies to, and the status it must still have (else someone changed it
 * meanwhile); a complaint a supervisor voided meanwhile is refused too.
 */
export interface ComplaintGuard {
  recordId: string;
  status: string;
}

/**
 * Findings, voiding, satisfaction after the reply and warning talks: each change and the history
 * line it logs are written in one transaction, so nothing is half-saved.
 */
export class ComplaintFindingStore {
  readonly #sql: Sql;

  constructor(sql: Sql) {
    this.#sql = sql;
  }

  /** Sets `columns` on the complaint if it still matches `guard`, and logs `event`; false when it changed meanwhile. */
  change(guard: ComplaintGuard, columns: Record<string, string | null>, event: ComplaintEvent): Promise<boolean> {
    return this.#sql.transaction(async (tx) => {
      const p = tx.p;
      const names = Object.keys(columns);
      const sets = names.map((c, i) => `${c} = ${p(i + 1)}`).join(', ');
      const n = names.length;
      const changed = await tx.run(
        `UPDATE complaints SET ${sets} WHERE record_id = ${p(n + 1)} AND status = ${p(n + 2)} AND voided_at IS NULL`,
        [...Object.values(columns), guard.recordId, guard.status],
      );
      if (changed !== 1) return false;
      const log = complaintEventInsert(guard.recordId, event, tx);
      await tx.run(log.sql, log.params);
      return true;
    });
  }

  /** Records (or corrects) the warning talk of a complaint, with its history line. */
  recordTalk(talk: WarningTalk, event: ComplaintEvent): Promise<void> {
    return this.#sql.transaction(async (tx) => {
      const p = tx.p;
      const values = [talk.recordId, talk.staffId, talk.heldAt, talk.heldBy, talk.notes, talk.recordedBy, talk.recordedAt];
      await tx.run(
        `INSERT INTO warning_talks (record_id, staff_id, held_at, held_by, notes, recorded_by, recorded_at)
         VALUES (${values.map((_, i) => p(i + 1)).join(', ')})
         ON CONFLICT (record_id) DO UPDATE SET held_at = excluded.held_at, held_by = excluded.held_by, notes = excluded.notes,
           recorded_by = excluded.recorded_by, recorded_at = excluded.recorded_at`,
        values,
      );
      const log = complaintEventInsert(talk.recordId, event, tx);
      await tx.run(log.sql, log.params);
    });
  }

  /** The warning talk of one complaint, if held. */
  async talkOf(recordId: string): Promise<WarningTalk | undefined> {
    const row = await this.#sql.get(`SELECT * FROM warning_talks WHERE record_id = ${this.#sql.p(1)}`, [recordId]);
    return row ? talkFromRow(row) : undefined;
  }

  /** The warning talks of a station's complaints received in [from, to). */
  async talks(stationId: string, from: string, to: string): Promise<WarningTalk[]> {
    const p = this.#sql.p;
    const rows = await this.#sql.all(
      `SELECT w.* FROM warning_talks w JOIN complaints c ON c.record_id = w.record_id
       WHERE c.station_id = ${p(1)} AND c.received_at >= ${p(2)} AND c.received_at < ${p(3)}`,
      [stationId, from, to],
    );
    return rows.map(talkFromRow);
  }
}

function talkFromRow(r: Record<string, unknown>): WarningTalk {
  return {
    recordId: String(r.record_id),
    staffId: String(r.staff_id),
    heldAt: iso(r.held_at) ?? '',
    heldBy: String(r.held_by),
    notes: String(r.notes),
    recordedBy: String(r.recorded_by),
    recordedAt: iso(r.recorded_at) ?? '',
  };
}
