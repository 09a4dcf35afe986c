import { css } from 'lit';
import { tokenStyles } from './tokens.styles.js';

/**
 * What the two boards a hall posts (commitments, satisfaction results) share after the tokens:
 * the card and muted colours (light-dark pairs, see tokens.styles.ts), the column of sections, and the heading. Each
 * board's own sheet comes after it with its gaps and colours.
 */
export const boardBaseStyles = [
  tokenStyles,
  css`
  :host {
    --manyi-font-size: 1rem;
    --manyi-color-card: light-dark(#f4f6fa, #26272d);
    --manyi-color-muted: light-dark(#454a52, #c6c9d1);
    --manyi-radius: 0.75rem;
    line-height: 1.6;
  }
  :host([hidden]) {
    display: none;
  }
  [part~='base'] {
    display: flex;
    flex-direction: column;
    padding-block: 1em;
    padding-inline: 1em;
  }
  h2,
  h3,
  p,
  dl,
  dd,
  ul {
    margin: 0;
  }
  [part~='heading'] {
    font-size: 1.5em;
    font-weight: 700;
    line-height: 1.3;
  }
`,
];
