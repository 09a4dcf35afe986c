import type { BatchRequest, BatchResult } from '@manyi/core';

type Fault = 'network' | 'server-error' | 'lost-response' | 'unauthorized';

/**
 * An in-page stand-in for the collector's batch endpoint, with the same contract: idempotent by
 * id, results in request order. Faults make the network misbehave the ways tablets see it.
 */
export class FakeCollector {
  readonly stored = new Map<string, unknown>();
  readonly requests: number[] = [];
  #faults: Fault[] = [];
  #reject = new Set<string>();

  /** The next requests fail like this, one fault per request. */
  failNext(...faults: Fault[]): void {
    this.#faults.push(...faults);
  }

  rejectId(id: string): void {
    this.#reject.add(id);
  }

  readonly fetch = async (_url: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const fault = this.#faults.shift();
    if (fault === 'network') throw new TypeError('Failed to fetch');
    if (fault === 'server-error') return Response.json({ error: { code: 'internal', message: 'boom' } }, { status: 503 });
    if (fault === 'unauthorized') return Response.json({ error: { code: 'device-not-enrolled', message: 'enrol again' } }, { status: 401 });
    const batch = JSON.parse(String(init?.body)) as BatchRequest;
    this.requests.push(batch.records.length);
    const results = batch.records.map((record): BatchResult => {
      const id = (record as { id: string }).id;
      if (this.#reject.has(id)) return { id, status: 'rejected', error: { code: 'invalid-record', message: 'bad record' } };
      if (this.stored.has(id)) return { id, status: 'duplicate' };
      this.stored.set(id, record);
      return { id, status: 'accepted' };
    });
    // The server stored the batch, but the answer never reached the tablet.
    if (fault === 'lost-response') throw new TypeError('network connection was lost');
    return Response.json({ results });
  };
}
