import { css } from 'lit';
import { tappableBaseStyles } from '../controls.styles.js';

/** What both modes show: the materials, the self-check's summary, a bad service item and buttons. */
export const noticeChecklistStyles = [
  ...tappableBaseStyles,
  css`
  :host {
    --manyi-font-size: 1.125rem;
    --manyi-color-muted: light-dark(#505a5f, #c4c7c5);
    --manyi-color-border: light-dark(#6f777b, #8e918f);
    --manyi-radius: 0.75rem;
    line-height: 1.5;
  }
  .base {
    display: flex;
    flex-direction: column;
    gap: 1rem;
    padding-block: 1.25rem;
    padding-inline: 1rem;
    max-inline-size: 52rem;
    margin-inline: auto;
  }
  h2,
  h3,
  p {
    margin: 0;
  }
  h2 {
    font-size: 1.4em;
    font-weight: 650;
  }
  h3 {
    font-size: 1.15em;
    font-weight: 650;
  }
  .intro,
  .hint,
  .requirement,
  .facts {
    color: var(--manyi-color-muted);
  }
  fieldset {
    margin: 0;
    min-inline-size: 0;
    border: 2px solid var(--manyi-color-border);
    border-radius: var(--manyi-radius);
    padding-block: 0.5rem 0.75rem;
    padding-inline: 1rem;
  }
  legend {
    padding-inline: 0.25rem;
    font-weight: 650;
  }
  .materials {
    display: flex;
    flex-direction: column;
    gap: 0.75rem;
  }
  .material legend {
    display: flex;
    flex-wrap: wrap;
    column-gap: 0.75rem;
  }
  .material .requirement {
    font-weight: 400;
  }
  .material.status-have,
  .material.status-not-applicable {
    border-color: var(--manyi-color-accent);
  }
  .facts {
    display: grid;
    gap: 0.125rem;
    margin: 0;
    font-size: 0.9em;
  }
  .facts div {
    display: flex;
    gap: 0.5rem;
  }
  .facts dt {
    flex: none;
    font-weight: 600;
  }
  .facts dd {
    margin: 0;
  }
  .choices {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
    margin-block-start: 0.5rem;
  }
  .check {
    display: flex;
    align-items: center;
    gap: 0.75rem;
    min-block-size: 48px;
    cursor: pointer;
    inline-size: fit-content;
  }
  .check input {
    inline-size: 1.75rem;
    block-size: 1.75rem;
    margin: 0;
    accent-color: var(--manyi-color-accent);
    cursor: pointer;
  }
  .problem-title {
    color: var(--manyi-color-error);
    font-weight: 650;
  }
  input:focus-visible,
  textarea:focus-visible,
  button:focus-visible,
  a:focus-visible,
  [tabindex='-1']:focus-visible {
    outline: 4px solid var(--manyi-color-accent);
    outline-offset: 2px;
  }
  .summary {
    border-block-start: 2px solid var(--manyi-color-border);
    padding-block-start: 0.75rem;
  }
  .summary-title {
    font-size: 1.2em;
    font-weight: 700;
  }
  .summary-title.ready {
    color: var(--manyi-color-accent);
  }
  .bring-list {
    display: flex;
    flex-direction: column;
    gap: 0.5rem;
    padding-inline-start: 1.5rem;
  }
  .bring-list .material-name {
    font-weight: 650;
    margin-inline-end: 0.75rem;
  }
  .problem {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: 0.5rem;
    border-inline-start: 0.5rem solid var(--manyi-color-error);
    padding-inline-start: 1rem;
  }
  .detail {
    font-size: 0.875em;
    overflow-wrap: anywhere;
  }
  button {
    padding-inline: 1.5rem;
  }
  .primary {
    background: var(--manyi-color-accent);
    color: var(--manyi-color-surface);
    border: 2px solid var(--manyi-color-accent);
    font-weight: 650;
  }
  .secondary {
    background: transparent;
    color: inherit;
    border: 2px solid currentColor;
  }
  @media (prefers-reduced-motion: no-preference) {
    button,
    .material {
      transition: border-color 120ms ease-out;
    }
  }
`,
];
