import type { ManyiRecord } from '@manyi/core';

/** Anything that keeps a record durably, such as `@manyi/outbox`'s Outbox. */
export interface RecordSink<R extends ManyiRecord = ManyiRecord> {
  put(record: R): Promise<void>;
}

/**
 * Every element's `manyi-error`: keeping, sending or loading failed. What the visitor entered
 * stays on screen for a retry; `record` is the record that could not be kept, when there is one.
 */
export type ManyiErrorEvent<R extends ManyiRecord = ManyiRecord> = CustomEvent<{ record?: R; error: unknown }>;

declare global {
  interface HTMLElementEventMap {
    'manyi-error': ManyiErrorEvent;
  }
}
