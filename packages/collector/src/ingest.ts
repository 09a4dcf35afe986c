import type { BatchResult } from '@manyi/core';
import { type CheckedRecord, checkBatch, UNKNOWN_ENTRY_CODES } from './ingest/check.js';
import { type BatchPlan, type PendingAnswer, planBatch, settle } from './ingest/plan.js';
import { cachedRules, loadRules } from './ingest/station-rules.js';
import type { Device, InsertOutcome, Store } from './store/store.js';

/** Ingest, part 3 of 3: writing a planned batch. Checking is ingest/check.ts, planning ingest/plan.ts. */

/**
 * Hands the plan's rows to the store and returns what waits for the database: only the answer.
 * Together, so SQLite's group commit stores both with one disk sync.
 */
function write(
  store: Store,
  device: Device,
  receivedAt: string,
  plan: BatchPlan,
): { answer: PendingAnswer; written: Promise<[InsertOutcome[], unknown]> } {
  const written = Promise.all([store.records.insert(plan.rows), store.devices.noteContact(device.id, receivedAt, plan.heartbeat)]);
  return { answer: plan.answer, written };
}

const namesUnknownEntry = (c: CheckedRecord) => 'rejected' in c && UNKNOWN_ENTRY_CODES.has(c.rejected.code);

/** Writes a checked batch; the promise holds only the answer. */
function writeChecked(store: Store, device: Device, receivedAt: Date, checked: CheckedRecord[]): Promise<BatchResult[]> {
  const { answer, written } = write(store, device, receivedAt.toISOString(), planBatch(checked));
  return written.then(([outcomes]) => settle(answer, outcomes));
}

/**
 * `POST /api/v1/records/batch`: checks each record on its own, so one bad record rejects only
 * itself, stores the rest in one transaction, and answers per record in request order.
 *
 * Not an async function, and `body` is used by no callback once the station's rules are in
 * memory (ingest/station-rules.ts): a waiting batch then holds no request body, parsed record or
 * row, only its answer (ingest-memory.test.ts measures it), so several batches waiting on the
 * database do not make every young-generation collection copy them. Only a batch that finds no
 * rules cached, or names an entry the cached ones do not know, waits for them with its body.
 */
export function ingestBatch(store: Store, device: Device, body: unknown, receivedAt = new Date()): Promise<BatchResult[]> {
  const rules = cachedRules(store, device.stationId, receivedAt.getTime());
  try {
    const checked = rules && checkBatch(device, body, receivedAt, rules);
    if (checked && !checked.some(namesUnknownEntry)) return writeChecked(store, device, receivedAt, checked);
  } catch (error) {
    return Promise.reject(error);
  }
  return loadRules(store, device.stationId, receivedAt.getTime()).then((fresh) =>
    writeChecked(store, device, receivedAt, checkBatch(device, body, receivedAt, fresh)),
  );
}

/** The `kind` each record of a batch body says it has (anything, or undefined), by position. */
export function recordKinds(body: unknown): unknown[] {
  const records = (body as { records?: unknown } | null)?.records;
  return Array.isArray(records) ? records.map((r) => (r as { kind?: unknown } | null)?.kind) : [];
}
