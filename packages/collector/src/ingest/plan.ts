import type { BatchResult } from '@manyi/core';
import type { HeartbeatSummary } from '../store/device-store.js';
import type { InsertOutcome, StoredRecord } from '../store/store.js';
import type { CheckedRecord, Rejection } from './check.js';

/** Ingest, part 2 of 3: planning a checked batch's writes — repeats within it, the newest heartbeat. */

/**
 * What a batch keeps while its writes are under way: the results, the slot each stored record's
 * result reads, and for a repeat inside the batch whether its content equals the first's. No
 * record, row or request body is reachable from it.
 */
export interface PendingAnswer {
  results: BatchResult[];
  /** Results of the records that were stored or tried, with their slot in the store's outcomes. */
  stored: BatchResult[];
  slots: number[];
  /** For the position in `stored` of a repeat of an earlier record: was its content the same? */
  repeats: Map<number, boolean>;
}

export interface BatchPlan {
  /** The rows to insert, each id once. */
  rows: StoredRecord[];
  /** The newest heartbeat of the batch, noted with the device's contact. */
  heartbeat: HeartbeatSummary | undefined;
  answer: PendingAnswer;
}

export function planBatch(checked: readonly CheckedRecord[]): BatchPlan {
  const answer: PendingAnswer = { results: [], stored: [], slots: [], repeats: new Map() };
  const rows: StoredRecord[] = [];
  const slotOf = new Map<string, number>(); // id → index in rows, to settle repeats inside the batch
  let heartbeat: HeartbeatSummary | undefined;

  for (const c of checked) {
    if ('rejected' in c) {
      answer.results.push({ id: c.id, status: 'rejected', error: c.rejected });
      continue;
    }
    const { row } = c;
    const { record } = row;
    if (record.kind === 'heartbeat' && (!heartbeat || heartbeat.at < row.createdAt)) {
      const { pending, quarantined, oldestPendingAt, lastSuccessAt, persisted, appVersion } = record;
      heartbeat = { at: row.createdAt, pending, quarantined, oldestPendingAt, lastSuccessAt, persisted, appVersion };
      if (record.windowId) heartbeat.windowId = record.windowId;
    }
    const result: BatchResult = { id: record.id, status: 'accepted' };
    answer.results.push(result);
    const earlier = slotOf.get(record.id);
    if (earlier !== undefined) answer.repeats.set(answer.stored.length, (rows[earlier] as StoredRecord).contentHash === row.contentHash);
    answer.stored.push(result);
    answer.slots.push(earlier ?? rows.length);
    if (earlier !== undefined) continue;
    slotOf.set(record.id, rows.length);
    rows.push(row);
  }
  return { rows, heartbeat, answer };
}

const REJECTIONS: Partial<Record<InsertOutcome, Rejection>> = {
  conflict: { code: 'conflict', message: 'another record with this id and different content is already stored; the stored one is kept' },
  'tracking-number-taken': {
    code: 'tracking-number-taken',
    message: 'another complaint already has this tracking number; the device must make numbers with the node it was enrolled with',
  },
  'event-unknown': {
    code: 'unknown-service-event',
    message: 'eventId: no service event with this window, staff, service item and ticket at this station',
  },
};

/** Each result from its record's outcome; a repeat inside the batch from the first's. */
export function settle({ results, stored, slots, repeats }: PendingAnswer, outcomes: readonly InsertOutcome[]): BatchResult[] {
  for (let i = 0; i < stored.length; i++) {
    let outcome: InsertOutcome = outcomes[slots[i] as number] ?? 'conflict';
    // A repeat inside the batch is a duplicate of the first, unless the first was not stored at all.
    const sameAsFirst = repeats.get(i);
    if (sameAsFirst !== undefined && outcome !== 'tracking-number-taken' && outcome !== 'event-unknown') {
      outcome = sameAsFirst ? 'duplicate' : 'conflict';
    }
    // A second rating of a service event counts nowhere: answered as the duplicate it is.
    if (outcome === 'event-rated') outcome = 'duplicate';
    const result = stored[i] as BatchResult;
    const rejection = REJECTIONS[outcome];
    if (rejection) {
      result.status = 'rejected';
      result.error = rejection;
    } else {
      result.status = outcome as 'accepted' | 'duplicate';
    }
  }
  return results;
}
