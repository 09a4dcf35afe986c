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
    container-type: inline-size;
  }
  h2 {
    margin: 0;
    font-size: 1.5em;
    font-weight: 600;
  }
  .faces {
    display: flex;
    justify-content: center;
    gap: 1rem;
    inline-size: 100%;
  }
  button {
    font: inherit;
    white-space: nowrap;
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
    /* One row: faces share the width; a long label wraps between words, never inside one. */
    flex: 0 1 calc(var(--manyi-face-size) + 3rem);
    min-inline-size: 0;
    white-space: normal;
  }
  [part~='face'] svg {
    flex: none;
    inline-size: min(var(--manyi-face-size), 100%);
    block-size: auto;
    aspect-ratio: 1;
  }
  /* A phone or a narrow column: the faces become a list of rows, each face beside its label, so a
     five-face scale stays one screen high and no label is squeezed under a shrunken face. */
  @container (inline-size < 40rem) {
    .faces {
      flex-direction: column;
      align-items: stretch;
      gap: 0.5rem;
      max-inline-size: 26rem;
    }
    [part~='face'] {
      flex: none;
      flex-direction: row;
      gap: 1rem;
      padding-block: 0.25rem;
      padding-inline: 1rem;
      border-color: color-mix(in srgb, currentColor 25%, transparent);
      text-align: start;
    }
    [part~='face'] svg {
      inline-size: min(var(--manyi-face-size), 3.5rem);
    }
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
    line-height: 1.25;
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
