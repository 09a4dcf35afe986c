// The bad-review screen: its reason chips and comment box, part of the after-tap module (after-tap.ts).
import { BAD_REVIEW_REASONS, type BadReviewReasonCode, type Locale, MAX_RATING_COMMENT } from '@manyi/core';
import { html, type TemplateResult } from 'lit';
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
