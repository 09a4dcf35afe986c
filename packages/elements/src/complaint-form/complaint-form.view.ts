import { COMPLAINT_CATEGORIES, type Locale } from '@manyi/core';
import { html, nothing } from 'lit';
import type { ComplaintFormMessages } from './messages.js';
import { type ComplaintAnswers, type ComplaintField, type FieldProblem, MAX_DESCRIPTION, problemText } from './validation.js';

/** What the form's templates need from the element. */
export interface FieldView {
  t: ComplaintFormMessages;
  locale: Locale;
  answers: ComplaintAnswers;
  /** Problems in form order; empty until the visitor tries to send. */
  errors: readonly { field: ComplaintField; problem: FieldProblem }[];
  /** The length the screen reader was last told (it hears it when typing pauses). */
  announcedLength: number;
  /** Label and shown value of the window, staff and service item; empty values are left out. */
  context: readonly (readonly [label: string, value: string])[];
  /** On a shared device the browser must not offer the last visitor's name or number. */
  shared: boolean;
  answer(patch: Partial<ComplaintAnswers>): void;
  jumpTo(event: Event, field: ComplaintField): void;
}

/** The id of the control an error summary link moves focus to (the first radio for the category). */
export function fieldTarget(field: ComplaintField): string {
  return field === 'category' ? `category-${COMPLAINT_CATEGORIES[0].code}` : field;
}

const ids = (...list: (string | false)[]) => list.filter(Boolean).join(' ') || nothing;
const invalid = (problem: FieldProblem | undefined) => (problem ? 'true' : nothing);
const fieldClass = (problem: FieldProblem | undefined) => (problem ? 'field invalid' : 'field');

function problemOf(v: FieldView, field: ComplaintField): FieldProblem | undefined {
  return v.errors.find((e) => e.field === field)?.problem;
}

/** The message beside a field, with a hidden "Error:" so it is not told by colour alone. */
function message(v: FieldView, field: ComplaintField, problem: FieldProblem | undefined) {
  if (!problem) return nothing;
  return html`<p id="${field}-error" part="field-error" class="field-error">
    <span class="visually-hidden">${v.t.errorPrefix}</span>${problemText(problem, v.t)}
  </p>`;
}

function errorSummary(v: FieldView) {
  if (v.errors.length === 0) return nothing;
  return html`<div part="error-summary" class="summary" role="alert" tabindex="-1" aria-labelledby="summary-title">
    <h2 id="summary-title">${v.t.summaryTitle}</h2>
    <ul>
      ${v.errors.map(
        ({ field, problem }) =>
          html`<li><a href="#${fieldTarget(field)}" @click=${(e: Event) => v.jumpTo(e, field)}>${problemText(problem, v.t)}</a></li>`,
      )}
    </ul>
  </div>`;
}

function contextList(v: FieldView) {
  const shown = v.context.filter(([, value]) => value !== '');
  if (shown.length === 0) return nothing;
  return html`<div part="context" class="context">
    <p class="context-title">${v.t.about}</p>
    <dl>${shown.map(([label, value]) => html`<div><dt>${label}${v.t.colon}</dt><dd>${value}</dd></div>`)}</dl>
  </div>`;
}

function categoryField(v: FieldView) {
  const problem = problemOf(v, 'category');
  return html`<fieldset part="field" class=${fieldClass(problem)} aria-describedby=${ids(!!problem && 'category-error')}>
    <legend>${v.t.category}</legend>
    ${message(v, 'category', problem)}
    <div class="options">
      ${COMPLAINT_CATEGORIES.map(
        (c) => html`<label part="option" class="option">
          <input
            type="radio"
            name="category"
            id="category-${c.code}"
            value=${c.code}
            required
            aria-invalid=${invalid(problem)}
            .checked=${v.answers.category === c.code}
            @change=${() => v.answer({ category: c.code })}
          /><span>${c.labels[v.locale]}</span>
        </label>`,
      )}
    </div>
  </fieldset>`;
}

function descriptionField(v: FieldView) {
  const problem = problemOf(v, 'description');
  const used = v.answers.description.length;
  return html`<div part="field" class=${fieldClass(problem)}>
    <label for="description" class="question">${v.t.description}</label>
    <p id="description-hint" class="hint">${v.t.descriptionHint}</p>
    ${message(v, 'description', problem)}
    <textarea
      id="description"
      name="description"
      rows="6"
      required
      aria-invalid=${invalid(problem)}
      aria-describedby=${ids('description-hint', !!problem && 'description-error', 'description-count')}
      .value=${v.answers.description}
      @input=${(e: InputEvent) => v.answer({ description: (e.target as HTMLTextAreaElement).value })}
    ></textarea>
    <p part="count" class=${used > MAX_DESCRIPTION ? 'count over' : 'count'} aria-hidden="true">${v.t.count(used, MAX_DESCRIPTION)}</p>
    <p id="description-count" class="visually-hidden" aria-live="polite">${v.t.count(v.announcedLength, MAX_DESCRIPTION)}</p>
  </div>`;
}

function replyOption(v: FieldView, wantsReply: boolean, label: string, hint: string) {
  const id = wantsReply ? 'reply-yes' : 'reply-no';
  return html`<label part="option" class="option">
    <input
      type="radio"
      name="reply"
      id=${id}
      .checked=${v.answers.wantsReply === wantsReply}
      @change=${() => v.answer({ wantsReply })}
    /><span>${label}<span class="option-hint">${hint}</span></span>
  </label>`;
}

function contactFields(v: FieldView) {
  const { t, answers } = v;
  const name = problemOf(v, 'name');
  const phone = problemOf(v, 'phone');
  const consent = problemOf(v, 'consent');
  return html`<div class="conditional">
    <div part="field" class=${fieldClass(name)}>
      <label for="name" class="question">${t.name}${t.optional}</label>
      ${message(v, 'name', name)}
      <input
        id="name"
        name="name"
        autocomplete=${v.shared ? 'off' : 'name'}
        aria-invalid=${invalid(name)}
        aria-describedby=${ids(!!name && 'name-error')}
        .value=${answers.name}
        @input=${(e: InputEvent) => v.answer({ name: (e.target as HTMLInputElement).value })}
      />
    </div>
    <div part="field" class=${fieldClass(phone)}>
      <label for="phone" class="question">${t.phone}</label>
      <p id="phone-hint" class="hint">${t.phoneHint}</p>
      ${message(v, 'phone', phone)}
      <input
        id="phone"
        name="phone"
        type="tel"
        inputmode="tel"
        autocomplete=${v.shared ? 'off' : 'tel'}
        required
        aria-invalid=${invalid(phone)}
        aria-describedby=${ids('phone-hint', !!phone && 'phone-error')}
        .value=${answers.phone}
        @input=${(e: InputEvent) => v.answer({ phone: (e.target as HTMLInputElement).value })}
      />
    </div>
    <div part="field" class=${fieldClass(consent)}>
      ${message(v, 'consent', consent)}
      <label part="option" class="option">
        <input
          type="checkbox"
          id="consent"
          name="consent"
          required
          aria-invalid=${invalid(consent)}
          aria-describedby=${ids(!!consent && 'consent-error')}
          .checked=${answers.consent}
          @change=${(e: Event) => v.answer({ consent: (e.target as HTMLInputElement).checked })}
        /><span>${t.consent}</span>
      </label>
    </div>
  </div>`;
}

function replyField(v: FieldView) {
  const { t } = v;
  return html`<fieldset part="field" class="field">
    <legend>${t.reply}</legend>
    <div class="options">
      ${replyOption(v, false, t.replyNo, t.replyNoHint)} ${replyOption(v, true, t.replyYes, t.replyYesHint)}
    </div>
    ${v.answers.wantsReply ? contactFields(v) : nothing}
  </fieldset>`;
}

/** The questions, top to bottom; the element adds the failure message and the send button. */
export function formView(v: FieldView) {
  return html`${errorSummary(v)}
    <h2 part="title" tabindex="-1">${v.t.title}</h2>
    <p class="intro">${v.t.intro}</p>
    ${contextList(v)} ${categoryField(v)} ${descriptionField(v)} ${replyField(v)}`;
}

/** The tracking number, large, in its dashed groups so it can be read out group by group, and the secret the status lookup needs with it. */
export function successView(
  t: ComplaintFormMessages,
  lang: string | typeof nothing,
  filed: { trackingNo: string; secret: string },
  another: () => void,
) {
  const { trackingNo, secret } = filed;
  const groups = trackingNo.split('-');
  const number = groups.map((g, i) => html`${i > 0 ? html`<span class="dash">-</span>` : nothing}<span class="group">${g}</span>`);
  return html`<div part="base success" class="success" lang=${lang}>
    <h2 tabindex="-1">${t.done}</h2>
    <dl class="tracking">
      <dt>${t.trackingLabel}</dt>
      <dd part="tracking-number" class="tracking-number">${number}</dd>
      <dt>${t.secretLabel}</dt>
      <dd part="tracking-secret" class="tracking-number">${secret}</dd>
    </dl>
    <p class="hint">${t.trackingHint}</p>
    <button type="button" part="another" class="secondary" @click=${another}>${t.another}</button>
  </div>`;
}
