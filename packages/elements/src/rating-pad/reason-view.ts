// Imported on demand (see rating-pad.ts): the bad-review screen, its reason chips and its styles.
// The pad fetches it right after its faces are first shown, so it is here before anyone can tap.
import { BAD_REVIEW_REASONS, type BadReviewReasonCode, type Locale, MAX_RATING_COMMENT } from '@manyi/core';
import { css, html, type TemplateResult } from 'lit';
import type { RatingPadMessages } from './messages.js';

/** What the reason screen shows and what its controls do. */
export interface ReasonScreen {
  readonly t: RatingPadMessages;
  readonly locale: Locale;
  readonly reasons: ReadonlySet<BadReviewReasonCode>;
  readonly comment: string;
  toggle(code: BadReviewReasonCode): void;
  type(comment: string): void;
  back(): void;
  submit(): void;
}

export function reasonView(s: ReasonScreen): TemplateResult {
  const { t, locale } = s;
  const canSubmit = s.reasons.size > 0 || s.comment.trim() !== '';
  return html`<h2>${t.reasonPrompt}</h2>
    <div class="reasons" role="group" aria-label=${t.reasonPrompt}>
      ${BAD_REVIEW_REASONS.map(
        (r) => html`<button part="reason" aria-pressed=${s.reasons.has(r.code) ? 'true' : 'false'} @click=${() => s.toggle(r.code)}>
          ${r.labels[locale]}
        </button>`,
      )}
    </div>
    <label>
      ${t.commentLabel}
      <textarea maxlength=${MAX_RATING_COMMENT} .value=${s.comment} @input=${(e: InputEvent) => s.type((e.target as HTMLTextAreaElement).value)}></textarea>
      <span class="count">${t.commentCount(s.comment.length, MAX_RATING_COMMENT)}</span>
    </label>
    <div class="actions">
      <button class="secondary" @click=${() => s.back()}>${t.back}</button>
      <button class="primary" ?disabled=${!canSubmit} @click=${() => s.submit()}>${t.submitReview}</button>
    </div>`;
}

export const reasonStyles = css`
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
    gap: 1rem;
  }
`;
