import type { ComplaintRecord } from '@manyi/core';
import type { ManyiErrorEvent } from '../events.js';

/** Before the complaint is kept or sent: cancel to veto it, or change `detail.record` to enrich it. */
export type ComplaintFormComplaintEvent = CustomEvent<{ record: ComplaintRecord }>;
/**
 * The complaint is kept (outbox), accepted (`submit`, `endpoint`) or handed over by the event alone.
 * With `endpoint`, `trackingNo` and `record.trackingNo` are the number the collector made.
 */
export type ComplaintFormSubmittedEvent = CustomEvent<{ record: ComplaintRecord; trackingNo: string }>;
/**
 * Keeping or sending failed; everything the visitor entered is still in the form, and sending
 * again reuses the same record id. Dispatched as `manyi-error`.
 */
export type ComplaintFormErrorEvent = ManyiErrorEvent<ComplaintRecord>;

declare global {
  interface HTMLElementEventMap {
    'manyi-complaint': ComplaintFormComplaintEvent;
    'manyi-complaint-submitted': ComplaintFormSubmittedEvent;
  }
}
