import { ManyiCommitmentBoard } from './commitment-board.js';

// Guarded so two copies of the bundle on one page do not throw.
if (!customElements.get('manyi-commitment-board')) customElements.define('manyi-commitment-board', ManyiCommitmentBoard);

declare global {
  interface HTMLElementTagNameMap {
    'manyi-commitment-board': ManyiCommitmentBoard;
  }
}

export { ManyiCommitmentBoard };
