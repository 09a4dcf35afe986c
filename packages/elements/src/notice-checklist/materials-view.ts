import type { Material } from '@manyi/core';
import { html, nothing, type TemplateResult } from 'lit';
import { defectField, type FieldError, fieldErrorMessage } from './clerk-validation.js';
import { checkedMaterials, type MaterialCheck, requirementText } from './material-state.js';
import type { NoticeChecklistMessages } from './messages.js';

export interface MaterialsViewModel {
  readonly t: NoticeChecklistMessages;
  readonly clerk: boolean;
  readonly materials: readonly Material[];
  readonly checks: readonly MaterialCheck[];
  readonly errors: readonly FieldError[];
  readonly onChange: (index: number, change: Partial<MaterialCheck>) => void;
}

const checked = (e: Event): boolean => (e.target as HTMLInputElement).checked;

/** Issuer, how to obtain and condition of a material, as a description list. */
export function materialFacts(material: Material, t: NoticeChecklistMessages, id?: string): TemplateResult | typeof nothing {
  const facts: [string, string][] = [];
  if (material.issuer) facts.push([t.issuerLabel, material.issuer]);
  if (material.howToObtain) facts.push([t.howToObtainLabel, material.howToObtain]);
  if (material.condition) facts.push([t.conditionLabel, material.condition]);
  if (facts.length === 0) return nothing;
  return html`<dl class="facts" id=${id ?? nothing}>
    ${facts.map(([term, text]) => html`<div><dt>${term}${t.colon}</dt><dd>${text}</dd></div>`)}
  </dl>`;
}

/** One fieldset per material of the guide: what to bring, and the boxes to tick. */
export function materialsView(m: MaterialsViewModel): TemplateResult {
  const { t, clerk } = m;
  return html`<div class="materials">
    ${checkedMaterials(m.materials, m.checks, clerk).map(({ material, check, status, index }) => {
      const factsId = `material-${index}-facts`;
      const hasFacts = Boolean(material.issuer || material.howToObtain || material.condition);
      return html`<fieldset part="material" class="material status-${status}">
        <legend>
          <span class="material-name">${material.name}</span>
          <span class="requirement">${requirementText(material, t)}</span>
        </legend>
        ${materialFacts(material, t, factsId)}
        <div class="choices">
          <label class="check">
            <input type="checkbox" id=${`material-${index}-have`} .checked=${check.have}
              aria-describedby=${hasFacts ? factsId : nothing}
              @change=${(e: Event) => m.onChange(index, { have: checked(e) })} />
            <span>${clerk ? t.received : t.haveIt}</span>
          </label>
          ${
            !check.have && material.condition
              ? html`<label class="check">
                  <input type="checkbox" id=${`material-${index}-na`} .checked=${check.notApplicable}
                    @change=${(e: Event) => m.onChange(index, { notApplicable: checked(e) })} />
                  <span>${clerk ? t.notApplicable : t.notForMe}</span>
                </label>`
              : nothing
          }
          ${clerk && check.have ? defectControls(m, index, check) : nothing}
        </div>
      </fieldset>`;
    })}
  </div>`;
}

function defectControls(m: MaterialsViewModel, index: number, check: MaterialCheck): TemplateResult {
  const { t } = m;
  const id = defectField(index);
  const error = m.errors.find((e) => e.field === id);
  return html`<label class="check">
      <input type="checkbox" id=${`material-${index}-defective`} .checked=${check.defective}
        @change=${(e: Event) => m.onChange(index, { defective: checked(e) })} />
      <span>${t.defective}</span>
    </label>
    ${
      check.defective
        ? html`<div class="field defect ${error ? 'has-error' : ''}">
            <label for=${id}>${t.defectLabel}</label>
            <p class="hint" id=${`${id}-hint`}>${t.defectHint}</p>
            ${error ? fieldError(id, t, fieldErrorMessage(error, t, m.materials)) : nothing}
            <textarea id=${id} rows="2" .value=${check.defect} aria-invalid=${error ? 'true' : 'false'}
              aria-describedby=${error ? `${id}-hint ${id}-error` : `${id}-hint`}
              @input=${(e: Event) => m.onChange(index, { defect: (e.target as HTMLTextAreaElement).value })}></textarea>
          </div>`
        : nothing
    }`;
}

/** The message beside a field, GOV.UK style: "Error:" is read out but not shown. */
export function fieldError(id: string, t: NoticeChecklistMessages, message: string): TemplateResult {
  return html`<p class="field-error" id=${`${id}-error`}><span class="visually-hidden">${t.errorPrefix}</span>${message}</p>`;
}
