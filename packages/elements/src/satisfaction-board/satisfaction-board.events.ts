import type { SatisfactionBoardError } from './load.js';

/** Results from `endpoint` or `src` were fetched and passed validation. */
export type SatisfactionResultsLoadedEvent = CustomEvent<{ stationId: string; month: string; total: number; complete: boolean }>;
/**
 * The board shows its error state: the attributes cannot make a request, the fetch failed
 * (network, HTTP status, JSON), or the results broke the schema. It travels as `manyi-error`
 * (see ../events.ts).
 */
export type SatisfactionBoardErrorEvent = CustomEvent<{ error: SatisfactionBoardError }>;

declare global {
  interface HTMLElementEventMap {
    'manyi-results-loaded': SatisfactionResultsLoadedEvent;
  }
}
