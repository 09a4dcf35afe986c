import { emitter } from '../emit.js';
import type { SatisfactionBoardError } from './load.js';

/** Results from `endpoint` or `src` were fetched and passed validation. */
export type SatisfactionResultsLoadedEvent = CustomEvent<{ stationId: string; month: string; total: number; complete: boolean }>;
/**
 * The board shows its error state: the attributes cannot make a request, the fetch failed
 * (network, HTTP status, JSON), or the results broke the schema. It travels as `manyi-error`
 * (see ../events.ts).
 */
export type SatisfactionBoardErrorEvent = CustomEvent<{ error: SatisfactionBoardError }>;

/** Every event of `manyi-satisfaction-board`, by name: what `emit` dispatches and frameworks listen to. */
export interface SatisfactionBoardEventMap {
  'manyi-results-loaded': SatisfactionResultsLoadedEvent;
  /** The reader picked another month; the element's `month` holds it. A native event: it bubbles, not composed. */
  change: Event;
  'manyi-error': SatisfactionBoardErrorEvent;
}

export const emit = emitter<SatisfactionBoardEventMap>();

declare global {
  interface HTMLElementEventMap extends Pick<SatisfactionBoardEventMap, 'manyi-results-loaded'> {}
}
