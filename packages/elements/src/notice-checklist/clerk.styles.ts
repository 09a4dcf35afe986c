// Adopted with the clerk module (clerk-desk.ts), after the element's own styles: a citizen's
// self-check ships none of it.
import { css } from 'lit';
import { visuallyHiddenStyles } from '../controls.styles.js';
import { noticeStyles } from './notice.styles.js';

/** The clerk's form: the applicant's fields, a defect's description, errors and the issue button. */
const clerkFormStyles = css`
  .material.status-defective {
    border-color: var(--manyi-color-error);
    border-inline-start-width: 0.5rem;
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
    margin-block: 0.5rem;
  }
  .field label {
    font-weight: 600;
  }
  .field.has-error {
    border-inline-start: 0.3rem solid var(--manyi-color-error);
    padding-inline-start: 0.75rem;
  }
  input[type='text'],
  input[type='tel'],
  textarea {
    font: inherit;
    color: inherit;
    background: var(--manyi-color-surface);
    min-block-size: 48px;
    box-sizing: border-box;
    inline-size: min(100%, 28rem);
    padding-block: 0.375rem;
    padding-inline: 0.625rem;
    border: 2px solid var(--manyi-color-border);
    border-radius: 0.5rem;
  }
  textarea {
    inline-size: 100%;
    resize: vertical;
  }
  input[aria-invalid='true'],
  textarea[aria-invalid='true'] {
    border-color: var(--manyi-color-error);
    border-width: 3px;
  }
  .field-error {
    color: var(--manyi-color-error);
    font-weight: 650;
  }
  .error-summary {
    border: 4px solid var(--manyi-color-error);
    border-radius: var(--manyi-radius);
    padding: 1rem;
  }
  .error-summary ul {
    margin-block: 0.5rem 0;
    padding-inline-start: 1.25rem;
  }
  .error-summary a {
    color: var(--manyi-color-error);
    font-weight: 600;
    display: inline-block;
    min-block-size: 48px;
    align-content: center;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 1rem;
  }
  .primary:disabled {
    opacity: 0.6;
    cursor: progress;
  }
`;

export const clerkStyles = [visuallyHiddenStyles, clerkFormStyles, noticeStyles];
