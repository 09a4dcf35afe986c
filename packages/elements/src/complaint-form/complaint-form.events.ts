import type { ComplaintRecord } from '@manyi/core';
import { emitter } from '../emit.js';
import type { ManyiErrorEvent } from '../events.js';

/** Before the complaint is kept or sent: cancel to veto it, or change `detail.record` to enrich it. */
export type ComplaintFormComplaintEvent = CustomEvent<{ record: ComplaintRecord }>;
/**
 * The complaint is kept (outbox), accepted (`submit`, `endpoint`) or handed over by the event alone.
 * With `endpoint`, `trackingNo` and `record.trackingNo` are the number the collector made.
 */
export type ComplaintFormSubmittedEvent = CustomEvent<{ record: ComplaintRecord; trackingNo: string; secret: string }>;
/**
 * Keeping or sending failed; everything the visitor entered is still in the form, and sending
 * again reuses the same record id. Dispatched as `manyi-error`.
 */
export type ComplaintFormErrorEvent = ManyiErrorEvent<ComplaintRecord>;

/** Every event of `manyi-complaint-form`, by name: what `emit` dispatches and frameworks listen to. */
export interface ComplaintFormEventMap {
  'manyi-complaint': ComplaintFormComplaintEvent;
  'manyi-complaint-submitted': ComplaintFormSubmittedEvent;
  'manyi-error': ComplaintFormErrorEvent;
}

export const emit = emitter<ComplaintFormEventMap>();

declare global {
  interface HTMLElementEventMap extends Omit<ComplaintFormEventMap, 'manyi-error'> {}
}
