import { emitter } from '../emit.js';
import type { CommitmentBoardError } from './commitment-board-error.js';

/** Commitments from `src` were fetched and passed validation. */
export type CommitmentsLoadedEvent = CustomEvent<{ count: number }>;
/**
 * The board shows its error state: `src` failed (network, HTTP status, JSON) or the data, by `src`
 * or by property, broke the schema. It travels as `manyi-error` (see ../events.ts).
 */
export type CommitmentBoardErrorEvent = CustomEvent<{ error: CommitmentBoardError }>;

/** Every event of `manyi-commitment-board`, by name: what `emit` dispatches and frameworks listen to. */
export interface CommitmentBoardEventMap {
  'manyi-commitments-loaded': CommitmentsLoadedEvent;
  'manyi-error': CommitmentBoardErrorEvent;
}

export const emit = emitter<CommitmentBoardEventMap>();

declare global {
  interface HTMLElementEventMap extends Omit<CommitmentBoardEventMap, 'manyi-error'> {}
}
