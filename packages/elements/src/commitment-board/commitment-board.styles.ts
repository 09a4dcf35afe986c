import { css } from 'lit';
import { boardBaseStyles } from '../board.styles.js';
import { touchButtonStyles } from '../controls.styles.js';

export const commitmentBoardStyles = [
  ...boardBaseStyles,
  touchButtonStyles,
  css`
  :host {
    /* Readable from a few metres: grows with the screen it fills. */
    --manyi-signage-font-size: clamp(1.375rem, 0.25rem + 1.3vw, 2.5rem);
  }
  :host([mode='signage']) {
    font-size: var(--manyi-signage-font-size);
    line-height: 1.45;
  }
  [part~='base'] {
    gap: 1em;
    container-type: inline-size;
  }
  .commitments {
    list-style: none;
    padding: 0;
    display: grid;
    gap: 1em;
  }
  [part~='commitment'] {
    display: flex;
    flex-direction: column;
    gap: 0.75em;
    block-size: 100%;
    box-sizing: border-box;
    padding-block: 1em;
    padding-inline: 1.25em;
    background: var(--manyi-color-card);
    border-radius: var(--manyi-radius);
    border-inline-start: 0.35em solid var(--manyi-color-accent);
  }
  [part~='promise'] {
    font-size: 1.15em;
    font-weight: 700;
    line-height: 1.45;
  }
  [part~='fields'],
  [part~='shared'] {
    display: grid;
    gap: 0.35em;
  }
  [part~='field'] {
    display: grid;
    grid-template-columns: 7em 1fr;
    gap: 0.75em;
    align-items: baseline;
  }
  :host(:lang(en)) [part~='field'] {
    grid-template-columns: 10em 1fr;
  }
  @container (inline-size < 30rem) {
    [part~='field'] {
      grid-template-columns: 1fr;
      gap: 0;
    }
  }
  [part~='term'] {
    color: var(--manyi-color-muted);
    font-weight: 600;
  }
  [part~='field-limits'] [part~='value'],
  [part~='field-liability'] [part~='value'] {
    font-weight: 600;
  }
  [part~='limits'] {
    padding-inline-start: 1.1em;
  }
  [part~='kept-rate'] {
    font-weight: 700;
    margin-inline-end: 0.5em;
  }
  [part~='kept-meter'] {
    inline-size: 6em;
    block-size: 0.8em;
    vertical-align: middle;
  }
  a {
    color: var(--manyi-color-accent);
    font-weight: 600;
    display: inline-flex;
    align-items: center;
    min-block-size: 48px;
    min-inline-size: 48px;
  }
  a:focus-visible,
  button:focus-visible {
    outline: 4px solid var(--manyi-color-accent);
    outline-offset: 3px;
  }
  [part~='field-hotline'],
  [part~='field-complaintPhone'] {
    align-items: center;
  }
  button {
    padding-inline: 1.25em;
    background: var(--manyi-color-accent);
    color: var(--manyi-color-surface);
    border: 0;
    font-weight: 600;
  }
  [part~='status'] {
    color: var(--manyi-color-muted);
  }
  [part~='error'] {
    color: var(--manyi-color-error);
    font-weight: 600;
    border-inline-start: 0.3em solid currentColor;
    padding-inline-start: 0.75em;
    display: flex;
    flex-direction: column;
    gap: 0.5em;
  }
  [part~='error-detail'] {
    color: var(--manyi-color-text);
    font-weight: 400;
  }
  code {
    overflow-wrap: anywhere;
  }
  .retry {
    align-self: flex-start;
  }

  /* Signage: a hall screen read from a few metres. */
  .bar {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    align-items: center;
    gap: 0.5em 1em;
    border-block-end: 0.15em solid var(--manyi-color-accent);
    padding-block-end: 0.3em;
  }
  .indicator {
    font-weight: 600;
    font-variant-numeric: tabular-nums;
  }
  /* Columns follow per-page on a wide screen, so one page is one row of cards. */
  .signage .commitments {
    grid-template-columns: 1fr;
  }
  @container (inline-size >= 48rem) {
    .signage .columns-2,
    .signage .columns-3,
    .signage .columns-4 {
      grid-template-columns: repeat(2, 1fr);
    }
  }
  @container (inline-size >= 72rem) {
    .signage .columns-3 {
      grid-template-columns: repeat(3, 1fr);
    }
  }
  @container (inline-size >= 96rem) {
    .signage .columns-4 {
      grid-template-columns: repeat(4, 1fr);
    }
  }
  /* Names above values: a narrow card gives its whole width to the text. */
  .signage [part~='fields'] [part~='field'] {
    grid-template-columns: 1fr;
    gap: 0;
  }
  .signage [part~='fields'] [part~='term'] {
    font-size: 0.75em;
  }
  .page {
    animation: manyi-page-in 450ms ease-out;
  }
  @keyframes manyi-page-in {
    from {
      opacity: 0;
      transform: translateY(0.5em);
    }
  }
  [part~='shared'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 2em;
    font-size: 0.85em;
    border-block-start: 1px solid var(--manyi-color-muted);
    padding-block-start: 0.4em;
  }
  [part~='shared'] [part~='field'] {
    display: flex;
    gap: 0.5em;
  }
  .controls {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 1em;
    margin-inline-start: auto;
    font-size: 0.75em;
  }
  .signage[part~='base'] {
    gap: 0.6em;
    padding-block: 0.6em;
  }
  .signage [part~='commitment'] {
    gap: 0.5em;
    padding-block: 0.75em;
  }
  .paused {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    padding-block: 0.2em;
    padding-inline: 0.75em;
    border: 2px solid currentColor;
    border-radius: var(--manyi-radius);
    font-weight: 600;
  }
  .paused[hidden] {
    visibility: hidden;
  }
  .icon {
    inline-size: 0.9em;
    block-size: 0.9em;
    fill: currentColor;
  }
  @media (prefers-reduced-motion: reduce) {
    .page {
      animation: none;
    }
  }
`,
];
