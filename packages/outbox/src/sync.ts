import type { BatchRequest, BatchResult } from '@manyi/core';
import { COUNTERS_KEY, type DeviceCredentials, LAST_SUCCESS_KEY, type OutboxDB, readCounters } from './db.js';

/** What one flush achieved. */
export type FlushOutcome =
  | { kind: 'done'; sent: number }
  /** Network error, timeout, 5xx or an unreadable answer: everything stays queued for a retry. */
  | { kind: 'failed'; sent: number; error: string }
  /** The collector no longer knows this device: sync pauses until it is enrolled again. */
  | { kind: 'unauthorized'; sent: number; error: string };

export type BatchOutcome =
  | { kind: 'batch'; read: number; acknowledged: number; quarantined: number }
  | { kind: 'failed'; error: string }
  | { kind: 'unauthorized'; error: string };

interface SendOptions {
  endpoint: string;
  batchSize: number;
  timeoutMs: number;
  now: () => number;
  fetch: typeof fetch;
}

/**
 * Sends the oldest waiting records as one batch and applies the collector's answer in one
 * transaction: acknowledged records leave the queue, rejected ones go to quarantine, and
 * anything the answer does not mention stays for the next try.
 */
export async function sendOneBatch(db: OutboxDB, credentials: DeviceCredentials, options: SendOptions): Promise<BatchOutcome> {
  const queued = await db.getAll('queue', null, options.batchSize);
  if (queued.length === 0) return { kind: 'batch', read: 0, acknowledged: 0, quarantined: 0 };

  const body: BatchRequest = {
    deviceId: credentials.deviceId,
    sentAt: new Date().toISOString(),
    records: queued.map((q) => ({ ...q.record, seq: q.seq })),
  };
  let response: Response;
  try {
    response = await options.fetch(options.endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${credentials.token}` },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(options.timeoutMs),
      cache: 'no-store',
    });
  } catch (error) {
    return { kind: 'failed', error: `collector unreachable: ${error instanceof Error ? error.message : String(error)}` };
  }
  if (response.status === 401) return { kind: 'unauthorized', error: 'the collector does not recognise this device: enrol it again' };
  if (!response.ok) return { kind: 'failed', error: `collector answered ${response.status}` };

  let results: BatchResult[];
  try {
    const body = (await response.json()) as { results?: unknown };
    if (!Array.isArray(body?.results)) return { kind: 'failed', error: 'the collector answered in an unexpected format' };
    results = body.results as BatchResult[];
  } catch {
    return { kind: 'failed', error: 'the collector answer was cut off' };
  }

  // Results come in request order; one that does not line up is treated as unanswered.
  const tx = db.transaction(['queue', 'quarantine', 'meta'], 'readwrite', { durability: 'strict' });
  tx.done.catch(() => undefined); // awaited below; a failed read above must not leave it unhandled
  const records = tx.objectStore('queue');
  const meta = tx.objectStore('meta');
  const counters = await readCounters(meta);
  let acknowledged = 0;
  // Records numbered above `counted` were never in `pending`: leaving the queue is all they do.
  let leftCounted = 0;
  let quarantined = 0;
  let unanswered = 0;
  const now = options.now();
  queued.forEach((q, i) => {
    // Checked field by field rather than with zod: the outbox ships to every kiosk and stays tiny.
    const result = results[i];
    if (!result || result.id !== q.record.id || !['accepted', 'duplicate', 'rejected'].includes(result.status)) {
      unanswered++;
      return;
    }
    if (result.status === 'accepted' || result.status === 'duplicate') {
      acknowledged++;
    } else {
      quarantined++;
      void tx.objectStore('quarantine').put({
        ...q,
        error: result.error ?? { code: 'rejected', message: 'rejected by the collector' },
        quarantinedAt: now,
      });
    }
    if (q.seq <= counters.counted) leftCounted++;
    void records.delete(q.seq);
  });
  void meta.put(
    { ...counters, pending: Math.max(0, counters.pending - leftCounted), quarantined: counters.quarantined + quarantined },
    COUNTERS_KEY,
  );
  if (acknowledged > 0) void meta.put(now, LAST_SUCCESS_KEY);
  await tx.done;
  // A record the answer left out was not stored: report it so the flush retries rather than spins.
  if (unanswered > 0) return { kind: 'failed', error: `the collector left ${unanswered} record(s) unanswered` };
  return { kind: 'batch', read: queued.length, acknowledged, quarantined };
}

/** Takes the records put since the last time into `pending`, in one small transaction. */
export async function countNewRecords(db: OutboxDB): Promise<void> {
  const tx = db.transaction(['queue', 'meta'], 'readwrite');
  tx.done.catch(() => undefined); // awaited below; a failed read above must not leave it unhandled
  const meta = tx.objectStore('meta');
  const queue = tx.objectStore('queue');
  const counters = await readCounters(meta);
  const [added, last] = await Promise.all([queue.count(IDBKeyRange.lowerBound(counters.counted, true)), queue.openKeyCursor(null, 'prev')]);
  if (added > 0 && last) void meta.put({ ...counters, pending: counters.pending + added, counted: last.key }, COUNTERS_KEY);
  await tx.done;
}
