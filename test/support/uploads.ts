// What the kiosk uploaded, seen from both ends: the collector's record counters and the tablet's own requests.
import type { Page, Request } from 'playwright-core';
import { type CollectorProcess, METRICS_TOKEN } from './collector-process.ts';

export interface RecordOutcomes {
  accepted: number;
  duplicate: number;
  rejected: number;
}

/**
 * Records in uploaded batches by the collector's answer, of one kind or all kinds together, since
 * the collector process started (`manyi_records_total` on GET /metrics).
 */
export async function recordOutcomes(collector: CollectorProcess, kind?: string): Promise<RecordOutcomes> {
  const response = await fetch(`${collector.url}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } });
  if (response.status !== 200) throw new Error(`/metrics answered ${response.status}`);
  const outcomes: RecordOutcomes = { accepted: 0, duplicate: 0, rejected: 0 };
  for (const [, labels = '', value] of (await response.text()).matchAll(/^manyi_records_total\{([^}]*)\} (\d+)$/gm)) {
    const outcome = /outcome="(\w+)"/.exec(labels)?.[1] as keyof RecordOutcomes | undefined;
    if (kind && !labels.includes(`kind="${kind}"`)) continue;
    if (outcome && outcome in outcomes) outcomes[outcome] += Number(value);
  }
  return outcomes;
}

const BATCH_PATH = '/api/v1/records/batch';

type Seen = { sent: string[] } | { answered: Promise<string[]> };

/**
 * Watches a kiosk page's uploads as the tablet sees them, in the order the browser reports them: a
 * record id in a request sent after an answer naming it had fully reached the tablet is a resend
 * the outbox promised never to make. An answer that never arrived (a lost connection, a reload)
 * acknowledges nothing, so retrying its records is allowed.
 */
export class UploadWatch {
  readonly #seen: Seen[] = [];

  constructor(page: Page) {
    const isBatch = (request: Request) => request.method() === 'POST' && new URL(request.url()).pathname === BATCH_PATH;
    page.on('request', (request) => {
      if (!isBatch(request)) return;
      const body = request.postDataJSON() as { records: { id: string }[] };
      this.#seen.push({ sent: body.records.map((r) => r.id) });
    });
    page.on('requestfinished', (request) => {
      if (!isBatch(request)) return;
      // Read now: after a reload the browser may no longer hand out the body.
      const answered = request.response().then(async (response) => {
        if (!response?.ok()) return [];
        const body = (await response.json()) as { results: { id: string | null }[] };
        return body.results.flatMap((r) => (r.id ? [r.id] : []));
      });
      // Handled here too: an answer still being read when the browser closes must not fail the run.
      answered.catch(() => {});
      this.#seen.push({ answered });
    });
  }

  /** How many upload requests the page has made so far. */
  get requests(): number {
    return this.#seen.filter((s) => 'sent' in s).length;
  }

  /** Ids the tablet sent again after it had received the collector's answer for them. */
  async resentAfterAcknowledged(): Promise<string[]> {
    const heard = new Set<string>();
    const resent: string[] = [];
    for (const seen of this.#seen) {
      if ('sent' in seen) resent.push(...seen.sent.filter((id) => heard.has(id)));
      else for (const id of await seen.answered) heard.add(id);
    }
    return resent;
  }
}
