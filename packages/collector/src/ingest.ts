import type { BatchResult } from '@manyi/core';
import { checkBatch } from './ingest/check.js';
import { type BatchPlan, type PendingAnswer, planBatch, settle } from './ingest/plan.js';
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

/**
 * `POST /api/v1/records/batch`: checks each record on its own, so one bad record rejects only
 * itself, stores the rest in one transaction, and answers per record in request order.
 *
 * Not an async function, and `body` is used by no callback: a waiting batch then holds no request
 * body, parsed record or row, only its answer (ingest-memory.test.ts measures it), so several
 * batches waiting on the database do not make every young-generation collection copy them.
 */
export function ingestBatch(store: Store, device: Device, body: unknown, receivedAt = new Date()): Promise<BatchResult[]> {
  let started: ReturnType<typeof write>;
  try {
    started = write(store, device, receivedAt.toISOString(), planBatch(checkBatch(device, body, receivedAt)));
  } catch (error) {
    return Promise.reject(error);
  }
  const { answer, written } = started;
  return written.then(([outcomes]) => settle(answer, outcomes));
}

/** The `kind` each record of a batch body says it has (anything, or undefined), by position. */
export function recordKinds(body: unknown): unknown[] {
  const records = (body as { records?: unknown } | null)?.records;
  return Array.isArray(records) ? records.map((r) => (r as { kind?: unknown } | null)?.kind) : [];
}
