import { css } from 'lit';
import { boardBaseStyles } from '../board.styles.js';

export const satisfactionBoardStyles = [
  ...boardBaseStyles,
  css`
  :host {
    --manyi-color-bad: light-dark(#b3261e, #f2b8b5);
  }
  [part~='base'] {
    gap: 1.25em;
  }
  ul {
    list-style: none;
    padding: 0;
  }
  .header {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    justify-content: space-between;
    gap: 0.5em 1.5em;
  }
  .period,
  .picker label {
    color: var(--manyi-color-muted);
  }
  .picker {
    display: flex;
    align-items: center;
    gap: 0.5em;
  }
  select,
  button {
    font: inherit;
    min-block-size: 48px;
    border-radius: var(--manyi-radius);
    padding-block: 0.25em;
    padding-inline: 0.75em;
  }
  select {
    color: var(--manyi-color-text);
    background: var(--manyi-color-card);
    border: 1px solid var(--manyi-color-muted);
  }
  select:focus-visible,
  button:focus-visible,
  .table-frame:focus-visible {
    outline: 3px solid var(--manyi-color-accent);
    outline-offset: 2px;
  }
  .provisional {
    padding-block: 0.5em;
    padding-inline: 0.75em;
    border-inline-start: 0.3em solid var(--manyi-color-accent);
    background: var(--manyi-color-card);
  }
  .figures {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(9em, 1fr));
    gap: 0.75em;
  }
  .figure {
    display: flex;
    flex-direction: column-reverse;
    justify-content: start;
    padding-block: 0.75em;
    padding-inline: 1em;
    background: var(--manyi-color-card);
    border-radius: var(--manyi-radius);
  }
  .figure dt {
    color: var(--manyi-color-muted);
  }
  .figure dd {
    font-size: 1.6em;
    font-weight: 700;
    line-height: 1.25;
    font-variant-numeric: tabular-nums;
  }
  [part~='subheading'] {
    font-size: 1.15em;
    font-weight: 700;
    text-align: start;
    margin-block-end: 0.5em;
  }
  /* Rows share the columns (subgrid), so every bar starts and ends at the same place. */
  .levels ul {
    display: grid;
    grid-template-columns: max-content 1fr max-content;
    gap: 0.5em 0.75em;
  }
  .level {
    display: grid;
    grid-column: 1 / -1;
    grid-template-columns: subgrid;
    align-items: center;
  }
  .bar {
    display: block;
    block-size: 0.75em;
    border-radius: 0.375em;
    background: var(--manyi-color-card);
    overflow: hidden;
  }
  .fill {
    display: block;
    block-size: 100%;
    inline-size: var(--_share, 0%);
    background: var(--manyi-color-accent);
    transition: inline-size 0.4s ease-out;
  }
  .level-1 .fill,
  .level-2 .fill {
    background: var(--manyi-color-bad);
  }
  .level-count {
    font-variant-numeric: tabular-nums;
    text-align: end;
  }
  .table-frame {
    overflow-x: auto;
  }
  table {
    inline-size: 100%;
    border-collapse: collapse;
    font-variant-numeric: tabular-nums;
  }
  caption {
    text-align: start;
  }
  th,
  td {
    padding-block: 0.5em;
    padding-inline: 0.75em;
    text-align: start;
    border-block-end: 1px solid var(--manyi-color-card);
  }
  thead th {
    color: var(--manyi-color-muted);
    font-weight: 600;
    border-block-end: 2px solid var(--manyi-color-muted);
  }
  .number {
    text-align: end;
    white-space: nowrap;
  }
  /* The window names keep a readable width; the frame scrolls sideways rather than squeeze them. */
  tbody th {
    min-inline-size: 7em;
  }
  .status {
    color: var(--manyi-color-muted);
  }
  .error {
    color: var(--manyi-color-error);
    display: flex;
    flex-direction: column;
    gap: 0.5em;
  }
  .detail code {
    overflow-wrap: anywhere;
  }
  .retry {
    align-self: start;
    color: var(--manyi-color-surface);
    background: var(--manyi-color-accent);
    border: none;
    cursor: pointer;
  }

  /* Sidebars: one column, smaller figures, windows as a list. */
  .layout-compact {
    gap: 1em;
  }
  .layout-compact [part~='heading'] {
    font-size: 1.25em;
  }
  .layout-compact .figures {
    grid-template-columns: repeat(auto-fit, minmax(6.5em, 1fr));
    gap: 0.5em;
  }
  .layout-compact .figure dd {
    font-size: 1.25em;
  }
  .layout-compact .levels ul {
    grid-template-columns: 1fr max-content;
    gap: 0 0.5em;
  }
  .layout-compact .level {
    padding-block-end: 0.35em;
  }
  .layout-compact .bar {
    grid-column: 1 / -1;
    grid-row: 2;
  }
  .window {
    padding-block: 0.5em;
    border-block-end: 1px solid var(--manyi-color-card);
  }
  .window-name {
    font-weight: 600;
  }
  .window .figures {
    display: flex;
    flex-wrap: wrap;
    gap: 0 1.25em;
  }
  .window .figure {
    padding: 0;
    background: none;
    flex-direction: row;
    gap: 0.35em;
  }
  .layout-compact .window .figure dd {
    font-size: 1em;
  }

  @media (prefers-reduced-motion: reduce) {
    .fill {
      transition: none;
    }
  }
  @media (forced-colors: active) {
    .fill {
      background: CanvasText;
    }
  }
`,
];
