import type { Commitment } from '@manyi/core';
import { html, nothing, type TemplateResult } from 'lit';
import type { KeptRates } from './load.js';
import { COMMITMENT_FIELDS, type CommitmentBoardMessages, type CommitmentField } from './messages.js';

/** Fields that can be posted once for a whole signage page set when every commitment shares them. */
const SHAREABLE = ['hours', 'hotline', 'complaintPhone'] as const;
type Shareable = (typeof SHAREABLE)[number];
const PHONE_FIELDS: ReadonlySet<CommitmentField> = new Set(['hotline', 'complaintPhone']);

export interface ArticleOptions {
  /** Phone numbers as tel: links (portals), or plain text (hall screens have nothing to dial). */
  phoneLinks: boolean;
  /** Fields shown elsewhere (the signage footer), left out of the article. */
  omit: ReadonlySet<CommitmentField>;
  keptRates: KeptRates | undefined;
}

/** The fields every commitment has in common (same text in all), for the signage footer. */
export function sharedFields(commitments: readonly Commitment[]): Partial<Record<Shareable, string>> {
  const shared: Partial<Record<Shareable, string>> = {};
  if (commitments.length < 2) return shared;
  for (const field of SHAREABLE) {
    const first = commitments[0]?.[field];
    if (first !== undefined && commitments.every((c) => c[field] === first)) shared[field] = first;
  }
  return shared;
}

/** One commitment: its promise as the heading, then its posted fields as a description list. */
export function commitmentArticle(commitment: Commitment, index: number, t: CommitmentBoardMessages, options: ArticleOptions) {
  const headingId = `promise-${index}`;
  const rows = COMMITMENT_FIELDS.filter((field) => !options.omit.has(field)).map((field) => {
    const value = fieldValue(commitment, field, t, options);
    return value === nothing ? nothing : fieldRow(field, t, value);
  });
  return html`<article part="commitment" aria-labelledby=${headingId}>
    <h3 id=${headingId} part="promise">${commitment.promise}</h3>
    <dl part="fields">${rows}</dl>
  </article>`;
}

/** The footer of a signage board: fields every commitment shares, posted once. */
export function sharedFooter(shared: Partial<Record<Shareable, string>>, t: CommitmentBoardMessages) {
  const rows = SHAREABLE.flatMap((field) => {
    const value = shared[field];
    return value === undefined ? [] : [fieldRow(field, t, html`${value}`)];
  });
  return rows.length === 0 ? nothing : html`<dl part="shared" class="shared">${rows}</dl>`;
}

function fieldRow(field: CommitmentField, t: CommitmentBoardMessages, value: TemplateResult) {
  return html`<div part="field field-${field}" class="field">
    <dt part="term">${t.fields[field]}</dt>
    <dd part="value">${value}</dd>
  </div>`;
}

function fieldValue(commitment: Commitment, field: CommitmentField, t: CommitmentBoardMessages, options: ArticleOptions) {
  switch (field) {
    case 'limits': {
      const phrases = commitment.limits.map((limit) => t.limit(limit));
      if (phrases.length === 0) return nothing;
      if (phrases.length === 1) return html`${phrases[0]}`;
      return html`<ul part="limits">${phrases.map((p) => html`<li>${p}</li>`)}</ul>`;
    }
    case 'keptRate': {
      const rate = options.keptRates?.[commitment.id];
      if (rate === undefined) return nothing;
      // The percentage is the information; the meter only repeats it for the eye.
      return html`<span part="kept-rate">${t.keptRate(rate)}</span>
        <meter part="kept-meter" aria-hidden="true" min="0" max="1" low="0.8" high="0.95" optimum="1" .value=${rate}></meter>`;
    }
    default: {
      const text = commitment[field];
      if (text === undefined) return nothing;
      if (options.phoneLinks && PHONE_FIELDS.has(field)) return phone(text);
      return html`${text}`;
    }
  }
}

function phone(text: string) {
  const dial = text.replace(/[^\d+]/g, '');
  return dial === '' ? html`${text}` : html`<a part="phone" href="tel:${dial}">${text}</a>`;
}

/** Two bars: drawn, because a pause glyph is missing from many CJK system fonts. */
export const pauseIcon = html`<svg class="icon" viewBox="0 0 10 10" aria-hidden="true" focusable="false">
  <rect x="1.5" y="1" width="2.5" height="8"></rect><rect x="6" y="1" width="2.5" height="8"></rect>
</svg>`;
