import type { ServiceItem } from '@manyi/core';
import { html, nothing, type TemplateResult } from 'lit';
import { defectField, type FieldError, fieldErrorMessage, NAME_FIELD, PHONE_FIELD } from './clerk-validation.js';
import { checkedMaterials, type MaterialCheck } from './material-state.js';
import { type ClerkMaterialControls, materialsView } from './materials-view.js';
import type { NoticeChecklistMessages } from './messages.js';

export interface ClerkViewModel {
  readonly t: NoticeChecklistMessages;
  readonly item: ServiceItem;
  readonly name: string;
  readonly phone: string;
  readonly checks: readonly MaterialCheck[];
  readonly errors: readonly FieldError[];
  readonly sending: boolean;
  /** Why the last attempt to issue failed: saving, or the element's own setup. */
  readonly problem: { kind: 'save' | 'setup'; detail: string } | undefined;
  readonly onName: (value: string) => void;
  readonly onPhone: (value: string) => void;
  readonly onChange: (index: number, change: Partial<MaterialCheck>) => void;
  readonly onIssue: () => void;
  readonly onRetry: () => void;
  readonly onErrorLink: (e: Event, field: string) => void;
}

const value = (e: Event): string => (e.target as HTMLInputElement).value;

export function clerkView(m: ClerkViewModel): TemplateResult {
  const { t, item } = m;
  const materials = item.guide.materials;
  const rows = checkedMaterials(materials, m.checks, true);
  const missing = rows.filter((r) => r.status === 'missing').length;
  const defective = rows.filter((r) => r.status === 'defective').length;
  const nameError = m.errors.find((e) => e.field === NAME_FIELD);
  const phoneError = m.errors.find((e) => e.field === PHONE_FIELD);
  return html`<h2>${t.clerkHeading(item.name)}</h2>
    <p class="intro">${t.clerkIntro}</p>
    ${m.errors.length > 0 ? errorSummary(m) : nothing}
    <fieldset part="applicant" class="applicant">
      <legend>${t.applicantHeading}</legend>
      <div class="field ${nameError ? 'has-error' : ''}">
        <label for=${NAME_FIELD}>${t.nameLabel}</label>
        ${nameError ? fieldError(NAME_FIELD, t, fieldErrorMessage(nameError, t, materials)) : nothing}
        <input id=${NAME_FIELD} type="text" autocomplete="off" spellcheck="false" .value=${m.name}
          aria-invalid=${nameError ? 'true' : 'false'} aria-describedby=${nameError ? `${NAME_FIELD}-error` : nothing}
          @input=${(e: Event) => m.onName(value(e))} />
      </div>
      <div class="field ${phoneError ? 'has-error' : ''}">
        <label for=${PHONE_FIELD}>${t.phoneLabel}</label>
        <p class="hint" id=${`${PHONE_FIELD}-hint`}>${t.phoneHint}</p>
        ${phoneError ? fieldError(PHONE_FIELD, t, fieldErrorMessage(phoneError, t, materials)) : nothing}
        <input id=${PHONE_FIELD} type="tel" inputmode="tel" autocomplete="off" .value=${m.phone}
          aria-invalid=${phoneError ? 'true' : 'false'}
          aria-describedby=${phoneError ? `${PHONE_FIELD}-hint ${PHONE_FIELD}-error` : `${PHONE_FIELD}-hint`}
          @input=${(e: Event) => m.onPhone(value(e))} />
      </div>
    </fieldset>
    <h3 class="materials-heading">${t.materialsHeading}</h3>
    ${materialsView({ t, clerk: clerkControls(m), materials, checks: m.checks, onChange: m.onChange })}
    <div part="summary" class="summary" role="status">
      ${
        missing + defective === 0
          ? html`<p class="summary-title ready"><span aria-hidden="true">✓ </span>${t.nothingToNotify}</p>`
          : html`<p class="summary-title">${t.clerkTally(missing, defective)}</p>`
      }
    </div>
    ${m.problem ? problemView(m) : nothing}
    ${
      missing + defective > 0 && m.problem?.kind !== 'save'
        ? html`<div part="actions" class="actions">
            <button part="issue" class="primary" ?disabled=${m.sending} @click=${m.onIssue}>${m.sending ? t.issuing : t.issue}</button>
          </div>`
        : nothing
    }`;
}

/** A clerk's boxes for each material: received, not applicable, and what is wrong with a defective one. */
function clerkControls(m: ClerkViewModel): ClerkMaterialControls {
  const { t } = m;
  return { received: t.received, notApplicable: t.notApplicable, defect: (index, check) => defectControls(m, index, check) };
}

function defectControls(m: ClerkViewModel, index: number, check: MaterialCheck): TemplateResult {
  const { t } = m;
  const materials = m.item.guide.materials;
  const id = defectField(index);
  const error = m.errors.find((e) => e.field === id);
  return html`<label class="check">
      <input type="checkbox" id=${`material-${index}-defective`} .checked=${check.defective}
        @change=${(e: Event) => m.onChange(index, { defective: (e.target as HTMLInputElement).checked })} />
      <span>${t.defective}</span>
    </label>
    ${
      check.defective
        ? html`<div class="field defect ${error ? 'has-error' : ''}">
            <label for=${id}>${t.defectLabel}</label>
            <p class="hint" id=${`${id}-hint`}>${t.defectHint}</p>
            ${error ? fieldError(id, t, fieldErrorMessage(error, t, materials)) : nothing}
            <textarea id=${id} rows="2" .value=${check.defect} aria-invalid=${error ? 'true' : 'false'}
              aria-describedby=${error ? `${id}-hint ${id}-error` : `${id}-hint`}
              @input=${(e: Event) => m.onChange(index, { defect: (e.target as HTMLTextAreaElement).value })}></textarea>
          </div>`
        : nothing
    }`;
}

/** The message beside a field, GOV.UK style: "Error:" is read out but not shown. */
function fieldError(id: string, t: NoticeChecklistMessages, message: string): TemplateResult {
  return html`<p class="field-error" id=${`${id}-error`}><span class="visually-hidden">${t.errorPrefix}</span>${message}</p>`;
}

/** GOV.UK error summary: every problem, each a link that moves focus to its field. */
function errorSummary(m: ClerkViewModel): TemplateResult {
  const { t } = m;
  return html`<div part="error-summary" class="error-summary" role="alert" tabindex="-1">
    <h3>${t.errorSummaryTitle}</h3>
    <ul>
      ${m.errors.map(
        (e) =>
          html`<li><a href=${`#${e.field}`} @click=${(ev: Event) => m.onErrorLink(ev, e.field)}>${fieldErrorMessage(e, t, m.item.guide.materials)}</a></li>`,
      )}
    </ul>
  </div>`;
}

function problemView(m: ClerkViewModel): TemplateResult {
  const { t, problem } = m;
  if (!problem) return html``;
  return html`<div part="error" class="problem" role="alert">
    <p class="problem-title">${problem.kind === 'save' ? t.saveFailed : t.setupProblem}</p>
    ${problem.kind === 'setup' ? html`<p class="detail">${t.problemDetail(problem.detail)}</p>` : nothing}
    ${problem.kind === 'save' ? html`<button class="primary" ?disabled=${m.sending} @click=${m.onRetry}>${t.retry}</button>` : nothing}
  </div>`;
}
