import { css } from 'lit';

/** The styles of every screen after a tap: the reason screen and the thank-you. */
export const afterTapStyles = css`
  .reasons {
    display: flex;
    flex-wrap: wrap;
    justify-content: center;
    gap: 0.75rem;
    border: 0;
    margin: 0;
    padding: 0;
  }
  [part~='reason'] {
    padding-inline: 1.25rem;
    background: var(--manyi-color-surface);
    border: 2px solid currentColor;
  }
  [part~='reason'][aria-pressed='true'] {
    background: var(--manyi-color-accent);
    border-color: var(--manyi-color-accent);
    color: var(--manyi-color-surface);
  }
  [part~='reason'][aria-pressed='true']::before {
    content: '✓ ';
  }
  label {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
    inline-size: min(36rem, 100%);
    text-align: start;
  }
  textarea {
    font: inherit;
    min-block-size: 4em;
    padding: 0.5rem;
    border-radius: 0.5rem;
    border: 2px solid currentColor;
    background: var(--manyi-color-surface);
    color: inherit;
  }
  .count {
    font-size: 0.8em;
    align-self: flex-end;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    justify-content: center;
    gap: 1rem;
  }
  [part~='thanks'] {
    font-size: 1.5em;
    font-weight: 600;
  }
  .secondary {
    background: transparent;
    border: 2px solid currentColor;
    padding-inline: 2rem;
  }
  .primary:disabled {
    opacity: 0.5;
    cursor: not-allowed;
  }
`;
