import type { ManyiRecord } from '@manyi/core';
import { backoffDelay } from './backoff.js';
import {
  CREDENTIALS_KEY,
  type DeviceCredentials,
  LAST_SUCCESS_KEY,
  type OutboxDB,
  openOutboxDB,
  type QuarantinedRecord,
  type QueuedRecord,
  readCounters,
} from './db.js';
import { isQuotaError, OutboxWriteError } from './errors.js';
import { DEFAULT_QUARANTINE_RETENTION_DAYS, eraseExpiredPersonalData } from './retention.js';
import { countNewRecords, type FlushOutcome, sendOneBatch } from './sync.js';

export type { FlushOutcome } from './sync.js';

export interface OutboxOptions {
  /** URL of the collector's `POST /api/v1/records/batch`. */
  endpoint: string;
  /** IndexedDB database name; one outbox per device. */
  dbName?: string;
  /** Records per request, at most 500 (the collector's limit). */
  batchSize?: number;
  /** Retry delays after failures grow from `minRetryMs` to `maxRetryMs`. */
  minRetryMs?: number;
  maxRetryMs?: number;
  /** A request that has not answered by then counts as failed and is retried. */
  timeoutMs?: number;
  /** How often to try even when nothing prompted it. */
  pollMs?: number;
  /**
   * How long after a put its upload starts (once started). The caller acknowledges the put on
   * screen first: reading the queue and sending at that moment would compete with that paint,
   * and taps in quick succession then go in one request.
   */
  sendAfterPutMs?: number;
  /**
   * Days a refused record keeps the citizen's name and phone (a complaint's contact, a notice's
   * applicant) before they are erased from the quarantine; the record itself stays.
   */
  quarantineRetentionDays?: number;
  /** The clock (ms since epoch), for tests that need time to pass. */
  now?: () => number;
  fetch?: typeof fetch;
}

export type SyncState = 'idle' | 'sending' | 'retrying' | 'unauthorized';

export interface OutboxStatus {
  pending: number;
  quarantined: number;
  /** When the oldest record still waiting was put (ms since epoch), or null. */
  oldestPendingAt: number | null;
  lastSuccessAt: number | null;
  lastError: string | null;
  state: SyncState;
  /** Whether the browser promised not to evict this origin's storage. */
  persisted: boolean;
  estimate: { usage: number; quota: number } | null;
}

/**
 * A durable queue of records on the device and the client that drains it to the collector.
 * A record leaves the device only when the collector has answered `accepted` or `duplicate` for it.
 *
 * @fires manyi-outbox-change - after every put and flush, with the current state in `detail`.
 */
export class Outbox extends EventTarget {
  readonly #options: Required<Omit<OutboxOptions, 'fetch'>> & { fetch: typeof fetch };
  #db: Promise<OutboxDB> | undefined;
  /** The same connection once open, for steps that must start without waiting a microtask. */
  #open: OutboxDB | undefined;
  #state: SyncState = 'idle';
  #lastError: string | null = null;
  #failures = 0;
  #timer: ReturnType<typeof setTimeout> | undefined;
  /** When the pending timer fires (ms since epoch). */
  #timerDue = 0;
  #running = false;
  #flushing: Promise<FlushOutcome> | undefined;
  /** A put came while a flush was under way: it may have missed that flush's last read. */
  #putWhileFlushing = false;
  readonly #wake = () => void this.flush();
  readonly #fire = () => {
    this.#timer = undefined;
    void this.flush();
  };
  readonly #onVisible = () => {
    if (document.visibilityState === 'visible') void this.flush();
  };

  constructor(options: OutboxOptions) {
    super();
    this.#options = {
      dbName: 'manyi-outbox',
      batchSize: 500,
      minRetryMs: 1000,
      maxRetryMs: 5 * 60_000,
      timeoutMs: 20_000,
      pollMs: 30_000,
      sendAfterPutMs: 200,
      quarantineRetentionDays: DEFAULT_QUARANTINE_RETENTION_DAYS,
      now: Date.now,
      fetch: globalThis.fetch.bind(globalThis),
      ...options,
    };
    this.#options.batchSize = Math.max(1, Math.min(500, this.#options.batchSize));
  }

  /** The open connection, opened on first use and again after it was lost. */
  #connection(): Promise<OutboxDB> {
    this.#db ??= openOutboxDB(this.#options.dbName, () => {
      // Lost (another tab upgrades the schema, or the browser closed it): reopen on next use.
      this.#db = undefined;
      this.#open = undefined;
    }).then(
      (db) => {
        this.#open = db;
        return db;
      },
      (error: unknown) => {
        this.#db = undefined;
        throw error;
      },
    );
    return this.#db;
  }

  /**
   * Runs a database step; if the connection was lost meanwhile, reopens and tries once more.
   * With the connection open the step starts at once, in the caller's task: a put's requests then
   * reach the database before whatever the caller renders meanwhile (the pad's "saving" state).
   */
  async #withDB<T>(step: (db: OutboxDB) => Promise<T>): Promise<T> {
    try {
      const open = this.#open;
      return await (open ? step(open) : step(await this.#connection()));
    } catch (error) {
      if (!(error instanceof DOMException) || error.name !== 'InvalidStateError') throw error;
      this.#db = undefined;
      this.#open = undefined;
      return step(await this.#connection());
    }
  }

  /**
   * Keeps a record on the device. Resolves only after the write has committed with strict
   * durability; rejects with OutboxWriteError when it could not be kept.
   */
  async put(record: ManyiRecord): Promise<void> {
    try {
      await this.#withDB(async (db) => {
        // One store and no read: the key generator numbers the record, so the whole write is
        // handed to the database at once and commits without waiting for this page's next task.
        const tx = db.transaction('queue', 'readwrite', { durability: 'strict' });
        void tx.store.add({ record, queuedAt: Date.now() } as QueuedRecord).catch(() => undefined); // tx.done reports it
        await tx.done;
      });
    } catch (error) {
      throw new OutboxWriteError(isQuotaError(error) || isQuotaError((error as { cause?: unknown })?.cause) ? 'quota' : 'unavailable', {
        cause: error,
      });
    }
    this.#changed();
    if (this.#flushing) this.#putWhileFlushing = true;
    this.#scheduleSoon(this.#options.sendAfterPutMs);
  }

  async credentials(): Promise<DeviceCredentials | undefined> {
    return this.#withDB((db) => db.get('meta', CREDENTIALS_KEY) as Promise<DeviceCredentials | undefined>);
  }

  /** Stores the device's enrolment; sync resumes if it was paused for want of it. */
  async setCredentials(credentials: DeviceCredentials | undefined): Promise<void> {
    await this.#withDB(async (db) => {
      await (credentials ? db.put('meta', credentials, CREDENTIALS_KEY) : db.delete('meta', CREDENTIALS_KEY));
    });
    if (this.#state === 'unauthorized') this.#state = 'idle';
    this.#changed();
    if (credentials) this.#schedule(0);
  }

  /**
   * Records the collector refused, oldest first: kept for an attendant or a later fix, never resent
   * by themselves. Past the retention period they come without the citizen's name and phone.
   */
  async quarantined(): Promise<QuarantinedRecord[]> {
    return this.#withDB((db) => this.#eraseExpired(db));
  }

  #eraseExpired(db: OutboxDB): Promise<QuarantinedRecord[]> {
    return eraseExpiredPersonalData(db, this.#options.quarantineRetentionDays, this.#options.now());
  }

  async status(): Promise<OutboxStatus> {
    const [counters, uncounted, oldest, lastSuccessAt] = await this.#withDB(async (db) => {
      const tx = db.transaction(['queue', 'meta'], 'readonly');
      const meta = tx.objectStore('meta');
      const queue = tx.objectStore('queue');
      const counters = await readCounters(meta);
      return Promise.all([
        counters,
        // Put since the last flush took them into the counters: a handful, not the whole queue.
        queue.count(IDBKeyRange.lowerBound(counters.counted, true)),
        queue.openCursor().then((cursor) => cursor?.value.queuedAt ?? null),
        meta.get(LAST_SUCCESS_KEY) as Promise<number | undefined>,
      ]);
    });
    const storage = globalThis.navigator?.storage;
    const estimate = storage?.estimate ? await storage.estimate() : undefined;
    return {
      pending: counters.pending + uncounted,
      quarantined: counters.quarantined,
      oldestPendingAt: oldest,
      lastSuccessAt: lastSuccessAt ?? null,
      lastError: this.#lastError,
      state: this.#state,
      persisted: storage?.persisted ? await storage.persisted() : false,
      estimate: estimate ? { usage: estimate.usage ?? 0, quota: estimate.quota ?? 0 } : null,
    };
  }

  /** Starts syncing on its own: now, when the network returns, when the page shows, on a timer. */
  start(): void {
    if (this.#running) return;
    this.#running = true;
    void globalThis.navigator?.storage?.persist?.().catch(() => false);
    globalThis.addEventListener?.('online', this.#wake);
    globalThis.document?.addEventListener('visibilitychange', this.#onVisible);
    this.#schedule(0);
  }

  stop(): void {
    this.#running = false;
    clearTimeout(this.#timer);
    this.#timer = undefined;
    globalThis.removeEventListener?.('online', this.#wake);
    globalThis.document?.removeEventListener('visibilitychange', this.#onVisible);
  }

  async close(): Promise<void> {
    this.stop();
    await this.#flushing?.catch(() => undefined);
    const db = await this.#db?.catch(() => undefined);
    db?.close();
    this.#db = undefined;
    this.#open = undefined;
  }

  /**
   * Sends everything waiting, batch by batch, until the queue is empty or a batch fails.
   * One flush at a time per device across all tabs (Web Locks).
   */
  flush(): Promise<FlushOutcome> {
    this.#flushing ??= this.#flushAll().finally(() => {
      this.#flushing = undefined;
    });
    return this.#flushing;
  }

  async #flushAll(): Promise<FlushOutcome> {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#putWhileFlushing = false;
    const locks = globalThis.navigator?.locks;
    const run = () => this.#drain();
    const outcome = locks ? await locks.request(`manyi-outbox:${this.#options.dbName}`, run) : await run();
    if (outcome.kind === 'failed') {
      this.#failures++;
      this.#schedule(backoffDelay(this.#failures, this.#options.minRetryMs, this.#options.maxRetryMs));
    } else if (outcome.kind !== 'unauthorized') {
      this.#failures = 0;
      this.#schedule(this.#putWhileFlushing ? this.#options.sendAfterPutMs : this.#options.pollMs);
    }
    return outcome;
  }

  async #drain(): Promise<FlushOutcome> {
    let sent = 0;
    // Online or not: keeps what status() has to count from the queue small, and personal data
    // in the quarantine no longer than allowed.
    await this.#withDB(countNewRecords);
    await this.#withDB((db) => this.#eraseExpired(db));
    for (;;) {
      const credentials = await this.credentials();
      if (!credentials)
        return this.#settle({ kind: 'unauthorized', sent, error: 'this device is not enrolled' }, 'this device is not enrolled');
      this.#state = 'sending';
      const outcome = await this.#withDB((db) => sendOneBatch(db, credentials, this.#options));
      if (outcome.kind === 'batch') {
        sent += outcome.acknowledged;
        this.#lastError = null;
        // Read again until empty: records put while this batch was out go in the next one.
        if (outcome.read === 0) return this.#settle({ kind: 'done', sent }, null);
        continue;
      }
      return this.#settle({ ...outcome, sent }, outcome.error);
    }
  }

  #settle(outcome: FlushOutcome, error: string | null): FlushOutcome {
    this.#state = outcome.kind === 'unauthorized' ? 'unauthorized' : outcome.kind === 'failed' ? 'retrying' : 'idle';
    if (error) this.#lastError = error;
    this.#changed();
    return outcome;
  }

  #schedule(delayMs: number): void {
    if (!this.#running) return;
    clearTimeout(this.#timer);
    this.#timerDue = Date.now() + delayMs;
    this.#timer = setTimeout(this.#fire, delayMs);
  }

  /** A try within `delayMs`: an earlier one already due stays, so a stream of puts never postpones sending. */
  #scheduleSoon(delayMs: number): void {
    if (this.#timer !== undefined && this.#timerDue <= Date.now() + delayMs) return;
    this.#schedule(delayMs);
  }

  #changed(): void {
    this.dispatchEvent(new CustomEvent('manyi-outbox-change', { detail: { state: this.#state } }));
  }
}
