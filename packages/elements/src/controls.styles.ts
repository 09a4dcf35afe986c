import { css } from 'lit';
import { tokenStyles } from './tokens.styles.js';

// Pieces of style several elements' controls share, each adopted after tokens.styles.ts.

/**
 * What every element's buttons share: at least 48 px each way, so a finger on a hall tablet hits
 * them, in the element's own font and corner radius. Comes after the tokens and before the
 * element's own sheet, which adds padding and colours.
 */
export const touchButtonStyles = css`
  button {
    font: inherit;
    cursor: pointer;
    min-block-size: 48px;
    min-inline-size: 48px;
    border-radius: var(--manyi-radius);
  }
`;

/** Text only screen readers announce, such as "Error:" before a field's message. */
export const visuallyHiddenStyles = css`
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;

/** Where the styles of every element with buttons begin: the shared tokens, then touch-sized buttons. */
export const tappableBaseStyles = [tokenStyles, touchButtonStyles];
