import { ManyiRatingPad } from './rating-pad.js';

// Guarded so two copies of the bundle on one page do not throw.
if (!customElements.get('manyi-rating-pad')) customElements.define('manyi-rating-pad', ManyiRatingPad);

declare global {
  interface HTMLElementTagNameMap {
    'manyi-rating-pad': ManyiRatingPad;
  }
}

export { ManyiRatingPad };
