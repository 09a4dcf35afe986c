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
  /** How many times each record id arrived in a batch that was read, duplicates included. */
  readonly received = new Map<string, number>();
  /** Ids stored, in the order they were first stored. */
  readonly accepted = new Set<string>();
  /**
   * Ids received again after their answer had reached the device: an outbox that keeps its word
   * never sends these (a retry after a lost answer or a timeout is not one: the device never heard it).
   */
  readonly resentAfterAcknowledged: string[] = [];
  readonly batchSizes: number[] = [];
  /** Each batch's `sentAt` (the device's clock when it sent it) and when it arrived here (this clock). */
  readonly sendTimes: { sentAt: number; arrivedAt: number }[] = [];
  /** The device's number on each record received, in arrival order. */
  readonly seqs: (number | undefined)[] = [];
  #faults: Fault[] = [];
  #reject = new Set<string>();
  /** Ids whose answer reached the device (read in full by `fetch`, so the outbox will apply it). */
  #acknowledged = new Set<string>();
  #requests = 0;

  /** The next requests fail like this, one fault per request. */
  failNext(...faults: Fault[]): void {
    this.#faults.push(...faults);
  }

  rejectId(id: string): void {
    this.#reject.add(id);
  }

  /** How many requests have reached the endpoint so far, whatever their fate. */
  get requests(): number {
    return this.#requests;
  }

  /** Ids that arrived more than once, with how often: empty when no request had to be retried. */
  receivedMoreThanOnce(): [string, number][] {
    return [...this.received].filter(([, n]) => n > 1);
  }

  readonly handler = http.post(`*${BATCH_URL}`, async ({ request }) => {
    this.#requests++;
    const fault = this.#faults.shift();
    if (fault === 'offline') return HttpResponse.error();
    if (fault === 'timeout') await delay('infinite');
    if (fault === 'server-error')
      return HttpResponse.json({ error: { code: 'internal', message: 'database unavailable' } }, { status: 503 });
    if (fault === 'unauthorized')
      return HttpResponse.json({ error: { code: 'device-not-enrolled', message: 'enrol again' } }, { status: 401 });
    const batch = (await request.json()) as BatchRequest;
    this.batchSizes.push(batch.records.length);
    this.sendTimes.push({ sentAt: Date.parse(batch.sentAt), arrivedAt: Date.now() });
    for (const record of batch.records) this.seqs.push((record as { seq?: number }).seq);
    const results = batch.records.map((record): BatchResult => {
      const id = (record as { id: string }).id;
      // Counted before any answer is chosen: a resend shows here even though it is answered `duplicate`.
      this.received.set(id, (this.received.get(id) ?? 0) + 1);
      if (this.#acknowledged.has(id)) this.resentAfterAcknowledged.push(id);
      if (this.#reject.has(id)) return { id, status: 'rejected', error: { code: 'invalid-record', message: 'level does not match' } };
      if (this.accepted.has(id)) return { id, status: 'duplicate' };
      this.accepted.add(id);
      return { id, status: 'accepted' };
    });
    // The collector stored the batch, but the answer never reached the tablet.
    if (fault === 'lost-response') return HttpResponse.error();
    return HttpResponse.json({ results });
  });

  /**
   * The device's `fetch` (give it to the outbox): it notes which answers reached the device, so
   * the endpoint can tell a retry of an unanswered record from a resend of an acknowledged one.
   */
  readonly fetch: typeof fetch = async (input, init) => {
    const response = await globalThis.fetch(input, init);
    const text = await response.text();
    if (response.ok) {
      const answer = JSON.parse(text) as { results?: BatchResult[] };
      for (const { id } of answer.results ?? []) if (id) this.#acknowledged.add(id);
    }
    return new Response(text, { status: response.status, statusText: response.statusText, headers: response.headers });
  };
}
