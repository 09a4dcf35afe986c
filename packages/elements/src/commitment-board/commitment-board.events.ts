import type { CommitmentBoardError } from './load.js';

/** Commitments from `src` were fetched and passed validation. */
export type CommitmentsLoadedEvent = CustomEvent<{ count: number }>;
/**
 * The board shows its error state: `src` failed (network, HTTP status, JSON) or the data, by `src`
 * or by property, broke the schema. It travels as `manyi-error` (see ../events.ts).
 */
export type CommitmentBoardErrorEvent = CustomEvent<{ error: CommitmentBoardError }>;

declare global {
  interface HTMLElementEventMap {
    'manyi-commitments-loaded': CommitmentsLoadedEvent;
  }
}
