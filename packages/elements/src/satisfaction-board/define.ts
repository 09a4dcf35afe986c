import { ManyiSatisfactionBoard } from './satisfaction-board.js';

// Guarded so two copies of the bundle on one page do not throw.
if (!customElements.get('manyi-satisfaction-board')) customElements.define('manyi-satisfaction-board', ManyiSatisfactionBoard);

declare global {
  interface HTMLElementTagNameMap {
    'manyi-satisfaction-board': ManyiSatisfactionBoard;
  }
}

export { ManyiSatisfactionBoard };
