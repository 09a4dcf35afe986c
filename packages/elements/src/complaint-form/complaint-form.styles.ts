import { css } from 'lit';
import { tappableBaseStyles, visuallyHiddenStyles } from '../controls.styles.js';

export const complaintFormStyles = [
  ...tappableBaseStyles,
  visuallyHiddenStyles,
  css`
  :host {
    --manyi-font-size: 1.125rem;
    --manyi-color-muted: light-dark(#4a4a4f, #c4c4c8);
    --manyi-tracking-size: 2.25em;
    --manyi-radius: 0.75rem;
    line-height: 1.5;
  }
  [part~='base'] {
    display: flex;
    flex-direction: column;
    gap: 1.5rem;
    max-inline-size: 44rem;
    margin-inline: auto;
    padding-block: 1.5rem;
    padding-inline: 1rem;
    container-type: inline-size;
  }
  h2 {
    margin: 0;
    font-size: 1.5em;
    font-weight: 700;
    line-height: 1.3;
  }
  p {
    margin: 0;
  }
  .intro,
  .hint,
  .option-hint {
    color: var(--manyi-color-muted);
  }
  :focus-visible,
  [tabindex='-1']:focus {
    outline: 3px solid var(--manyi-color-accent);
    outline-offset: 3px;
  }
  [tabindex='-1']:focus:not(:focus-visible) {
    outline: none;
  }

  /* GOV.UK error summary: a thick border, a heading, links that move focus to each field. */
  .summary {
    padding: 1rem;
    border: 5px solid var(--manyi-color-error);
    border-radius: var(--manyi-radius);
  }
  .summary h2 {
    font-size: 1.25em;
  }
  .summary ul {
    margin-block: 0.75rem 0;
    padding-inline-start: 1.25rem;
  }
  .summary a {
    display: block;
    min-block-size: 48px;
    box-sizing: border-box;
    padding-block: 0.5rem;
    color: var(--manyi-color-error);
    font-weight: 600;
    text-decoration: underline;
    text-underline-offset: 0.2em;
  }

  .context dl {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1.5rem;
    margin: 0.25rem 0 0;
  }
  .context dl div {
    display: flex;
    gap: 0.5rem;
  }
  .context dt {
    color: var(--manyi-color-muted);
  }
  .context dd {
    margin: 0;
    font-weight: 600;
  }
  .context-title {
    font-weight: 600;
  }

  fieldset {
    margin: 0;
    padding: 0;
    border: 0;
    min-inline-size: 0;
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: 0.5rem;
  }
  /* The bar, the message and the hidden "Error:" mark a problem: never colour alone. */
  .field.invalid {
    border-inline-start: 5px solid var(--manyi-color-error);
    padding-inline-start: 1rem;
  }
  legend,
  .question {
    font-weight: 700;
    font-size: 1.15em;
    padding: 0;
    margin-block-end: 0.5rem;
  }
  .field-error {
    color: var(--manyi-color-error);
    font-weight: 700;
  }
  .options {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(15rem, 1fr));
    gap: 0.5rem;
  }
  .option {
    display: flex;
    align-items: flex-start;
    gap: 0.75rem;
    min-block-size: 48px;
    box-sizing: border-box;
    padding-block: 0.625rem;
    padding-inline: 0.75rem;
    border: 2px solid var(--manyi-color-muted);
    border-radius: var(--manyi-radius);
    cursor: pointer;
  }
  .option:has(input:checked) {
    border-color: var(--manyi-color-accent);
    box-shadow: inset 0 0 0 1px var(--manyi-color-accent);
  }
  .option:has(input:focus-visible) {
    outline: 3px solid var(--manyi-color-accent);
    outline-offset: 2px;
  }
  .option input {
    flex: none;
    inline-size: 1.5rem;
    block-size: 1.5rem;
    margin: 0.125rem 0 0;
    accent-color: var(--manyi-color-accent);
  }
  .option input:focus-visible {
    outline: none;
  }
  .option-hint {
    display: block;
    font-size: 0.875em;
  }
  .conditional {
    display: flex;
    flex-direction: column;
    gap: 1.25rem;
    margin-block-start: 1rem;
    padding-inline-start: 1rem;
    border-inline-start: 4px solid var(--manyi-color-muted);
  }
  input:not([type]),
  input[type='tel'],
  textarea {
    font: inherit;
    color: inherit;
    background: var(--manyi-color-surface);
    box-sizing: border-box;
    min-block-size: 48px;
    inline-size: 100%;
    padding-block: 0.5rem;
    padding-inline: 0.75rem;
    border: 2px solid var(--manyi-color-text);
    border-radius: calc(var(--manyi-radius) / 2);
  }
  input[type='tel'] {
    max-inline-size: 16rem;
  }
  textarea {
    resize: vertical;
  }
  [aria-invalid='true']:is(input, textarea) {
    border-color: var(--manyi-color-error);
    border-width: 3px;
  }
  .count {
    font-variant-numeric: tabular-nums;
    color: var(--manyi-color-muted);
  }
  .count.over {
    color: var(--manyi-color-error);
    font-weight: 700;
  }

  button {
    padding-inline: 2rem;
    touch-action: manipulation;
  }
  .primary {
    align-self: flex-start;
    font-weight: 700;
    color: var(--manyi-color-surface);
    background: var(--manyi-color-accent);
    border: 2px solid var(--manyi-color-accent);
  }
  .primary[aria-disabled='true'] {
    cursor: progress;
    opacity: 0.7;
  }
  .secondary {
    align-self: flex-start;
    color: inherit;
    background: transparent;
    border: 2px solid currentColor;
  }
  [part~='error'] {
    padding: 1rem;
    border: 3px solid var(--manyi-color-error);
    border-radius: var(--manyi-radius);
    font-weight: 700;
  }
  .detail {
    font-family: ui-monospace, monospace;
    font-size: 0.875em;
    color: var(--manyi-color-muted);
    overflow-wrap: anywhere;
  }

  .success {
    align-items: center;
    text-align: center;
  }
  .success .secondary {
    align-self: center;
  }
  .tracking {
    margin: 0;
    padding-block: 1rem;
    padding-inline: min(1.5rem, 4cqi);
    border: 3px solid var(--manyi-color-accent);
    border-radius: var(--manyi-radius);
  }
  .tracking dt {
    font-weight: 600;
  }
  .tracking-number {
    margin: 0.5rem 0 0;
    font-family: ui-monospace, 'SF Mono', 'Cascadia Mono', 'Noto Sans Mono', monospace;
    /* One line, read out group by group: on a phone the number shrinks with the form, never breaks. */
    font-size: min(var(--manyi-tracking-size), 5.6cqi);
    font-weight: 700;
    font-variant-numeric: tabular-nums;
    letter-spacing: 0.08em;
    white-space: nowrap;
    user-select: all;
  }
  .tracking-number .dash {
    margin-inline: 0.15em;
    color: var(--manyi-color-muted);
  }

  @media (prefers-reduced-motion: no-preference) {
    .option {
      transition: border-color 120ms ease-out;
    }
  }
`,
];
