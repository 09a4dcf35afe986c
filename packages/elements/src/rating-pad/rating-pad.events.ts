import type { RatingRecord } from '@manyi/core';
import { emitter } from '../emit.js';
import type { ManyiErrorEvent } from '../events.js';

/** Before the record is kept or sent: a frozen copy to read. The host can neither veto nor change it. */
export type RatingPadRateEvent = CustomEvent<{ readonly record: Readonly<RatingRecord> }>;
/** After the record was durably kept (outbox) or accepted by `submit`. */
export type RatingPadRatedEvent = CustomEvent<{ record: RatingRecord }>;
/** Keeping or sending failed; the visitor's answer is still on screen for a retry. */
export type RatingPadErrorEvent = ManyiErrorEvent<RatingRecord>;

/** Every event of `manyi-rating-pad`, by name: what `emit` dispatches and frameworks listen to. */
export interface RatingPadEventMap {
  'manyi-rate': RatingPadRateEvent;
  'manyi-rated': RatingPadRatedEvent;
  'manyi-error': RatingPadErrorEvent;
}

export const emit = emitter<RatingPadEventMap>();

declare global {
  interface HTMLElementEventMap extends Omit<RatingPadEventMap, 'manyi-error'> {}
}
