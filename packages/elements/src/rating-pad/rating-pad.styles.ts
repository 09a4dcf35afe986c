import { css } from 'lit';
import { tappableBaseStyles } from '../controls.styles.js';

export const ratingPadStyles = [
  ...tappableBaseStyles,
  css`
  :host {
    --manyi-font-size: 1.25rem;
    --manyi-face-size: 6rem;
    --manyi-face-5: #1e8e3e;
    --manyi-face-4: #5bb974;
    --manyi-face-3: #f9ab00;
    --manyi-face-2: #e8710a;
    --manyi-face-1: #d93025;
    --manyi-radius: 1rem;
  }
  [part='base'] {
    display: flex;
    flex-direction: column;
    align-items: center;
    gap: 1.5rem;
    padding-block: 1.5rem;
    padding-inline: 1rem;
    text-align: center;
  }
  h2 {
    margin: 0;
    font-size: 1.5em;
    font-weight: 600;
  }
  .faces {
    display: flex;
    flex-wrap: wrap;
    justify-content: center;
    gap: 1rem;
  }
  button {
    color: inherit;
  }
  button:focus-visible {
    outline: 4px solid var(--manyi-color-accent);
    outline-offset: 3px;
  }
  [part~='face'] {
    display: flex;
    flex-direction: column;
    align-items: center;
    gap: 0.5rem;
    padding: 0.75rem;
    background: none;
    border: 2px solid transparent;
    touch-action: manipulation;
    -webkit-tap-highlight-color: transparent;
  }
  [part~='face'] svg {
    inline-size: var(--manyi-face-size);
    block-size: var(--manyi-face-size);
  }
  @media (prefers-reduced-motion: no-preference) {
    [part~='face']:active svg {
      transform: scale(0.94);
    }
  }
  /* Classes, not inline styles: a strict CSP forbids style attributes. */
  .level-5 .disc {
    fill: var(--manyi-face-5);
  }
  .level-4 .disc {
    fill: var(--manyi-face-4);
  }
  .level-3 .disc {
    fill: var(--manyi-face-3);
  }
  .level-2 .disc {
    fill: var(--manyi-face-2);
  }
  .level-1 .disc {
    fill: var(--manyi-face-1);
  }
  .eye {
    fill: #1a1a1a;
  }
  .mouth {
    stroke: #1a1a1a;
    stroke-width: 5;
    stroke-linecap: round;
    fill: none;
  }
  [part~='label'] {
    font-weight: 600;
  }
  .primary {
    background: var(--manyi-color-accent);
    color: var(--manyi-color-surface);
    border: 0;
    padding-inline: 2rem;
  }
  [part~='error'] {
    color: var(--manyi-color-error);
    font-weight: 600;
  }
`,
];
