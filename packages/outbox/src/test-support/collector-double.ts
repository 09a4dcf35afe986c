import type { BatchRequest, BatchResult } from '@manyi/core';
import { delay, HttpResponse, http } from 'msw';

export type Fault = 'offline' | 'server-error' | 'timeout' | 'lost-response' | 'unauthorized';

export const BATCH_URL = '/api/v1/records/batch';

/**
 * Stands in for the collector's batch endpoint behind msw (the outbox's real `fetch` goes out and
 * is answered here), with the collector's contract: idempotent by id, results in request order.
 * Faults make the network misbehave the ways hall tablets see it.
 */
export class CollectorDouble {
  /** How many times each record id was accepted: exactly-once means every value is 1. */
  readonly accepted = new Map<string, number>();
  readonly batchSizes: number[] = [];
  /** The device's number on each record received, in arrival order. */
  readonly seqs: (number | undefined)[] = [];
  #faults: Fault[] = [];
  #reject = new Set<string>();

  /** The next requests fail like this, one fault per request. */
  failNext(...faults: Fault[]): void {
    this.#faults.push(...faults);
  }

  rejectId(id: string): void {
    this.#reject.add(id);
  }

  readonly handler = http.post(`*${BATCH_URL}`, async ({ request }) => {
    const fault = this.#faults.shift();
    if (fault === 'offline') return HttpResponse.error();
    if (fault === 'timeout') await delay('infinite');
    if (fault === 'server-error')
      return HttpResponse.json({ error: { code: 'internal', message: 'database unavailable' } }, { status: 503 });
    if (fault === 'unauthorized')
      return HttpResponse.json({ error: { code: 'device-not-enrolled', message: 'enrol again' } }, { status: 401 });
    const batch = (await request.json()) as BatchRequest;
    this.batchSizes.push(batch.records.length);
    for (const record of batch.records) this.seqs.push((record as { seq?: number }).seq);
    const results = batch.records.map((record): BatchResult => {
      const id = (record as { id: string }).id;
      if (this.#reject.has(id)) return { id, status: 'rejected', error: { code: 'invalid-record', message: 'level does not match' } };
      if (this.accepted.has(id)) return { id, status: 'duplicate' };
      this.accepted.set(id, (this.accepted.get(id) ?? 0) + 1);
      return { id, status: 'accepted' };
    });
    // The collector stored the batch, but the answer never reached the tablet.
    if (fault === 'lost-response') return HttpResponse.error();
    return HttpResponse.json({ results });
  });
}
