import type { Material } from '@manyi/core';
import { html, nothing, type TemplateResult } from 'lit';
import { checkedMaterials, type MaterialCheck, requirementText } from './material-state.js';
import type { NoticeChecklistSelfCheckMessages } from './messages.js';

/** What clerk mode puts into each material's boxes (clerk-view.ts); a citizen's self-check has none of it. */
export interface ClerkMaterialControls {
  readonly received: string;
  readonly notApplicable: string;
  /** Under a received material: whether it is defective, and what is wrong. */
  readonly defect: (index: number, check: MaterialCheck) => TemplateResult;
}

export interface MaterialsViewModel {
  readonly t: NoticeChecklistSelfCheckMessages;
  /** Clerk mode's boxes; without them, the citizen's. */
  readonly clerk: ClerkMaterialControls | undefined;
  readonly materials: readonly Material[];
  readonly checks: readonly MaterialCheck[];
  readonly onChange: (index: number, change: Partial<MaterialCheck>) => void;
}

const checked = (e: Event): boolean => (e.target as HTMLInputElement).checked;

/** Issuer, how to obtain and condition of a material, as a description list. */
export function materialFacts(material: Material, t: NoticeChecklistSelfCheckMessages, id?: string): TemplateResult | typeof nothing {
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
    ${checkedMaterials(m.materials, m.checks, clerk !== undefined).map(({ material, check, status, index }) => {
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
            <span>${clerk ? clerk.received : t.haveIt}</span>
          </label>
          ${
            !check.have && material.condition
              ? html`<label class="check">
                  <input type="checkbox" id=${`material-${index}-na`} .checked=${check.notApplicable}
                    @change=${(e: Event) => m.onChange(index, { notApplicable: checked(e) })} />
                  <span>${clerk ? clerk.notApplicable : t.notForMe}</span>
                </label>`
              : nothing
          }
          ${clerk && check.have ? clerk.defect(index, check) : nothing}
        </div>
      </fieldset>`;
    })}
  </div>`;
}
