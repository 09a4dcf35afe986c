import type { Material, ServiceItem } from '@manyi/core';
import { html, type TemplateResult } from 'lit';
import { checkedMaterials, type MaterialCheck, requirementText } from './material-state.js';
import { materialFacts, materialsView } from './materials-view.js';
import type { NoticeChecklistSelfCheckMessages } from './messages.js';

/** What a citizen still has to bring: every material neither ticked nor ruled out by its condition. */
export function selfCheckMissing(materials: readonly Material[], checks: readonly MaterialCheck[]): Material[] {
  return checkedMaterials(materials, checks, false)
    .filter((r) => r.status === 'missing')
    .map((r) => r.material);
}

export function selfCheckView(
  t: NoticeChecklistSelfCheckMessages,
  item: ServiceItem,
  checks: readonly MaterialCheck[],
  onChange: (index: number, change: Partial<MaterialCheck>) => void,
): TemplateResult {
  const materials = item.guide.materials;
  const missing = selfCheckMissing(materials, checks);
  return html`<h2>${t.selfCheckHeading(item.name)}</h2>
    <p class="intro">${t.selfCheckIntro}</p>
    ${materialsView({ t, clerk: undefined, materials, checks, onChange })}
    <section part="summary" class="summary" aria-live="polite" aria-labelledby="self-check-summary">
      ${
        missing.length === 0
          ? html`<p id="self-check-summary" class="summary-title ready"><span aria-hidden="true">✓ </span>${t.allReady}</p>`
          : html`<p id="self-check-summary" class="summary-title">${t.missingCount(missing.length)}</p>
              <p>${t.bringList}</p>
              <ol class="bring-list">
                ${missing.map(
                  (material) => html`<li>
                    <span class="material-name">${material.name}</span>
                    <span class="requirement">${requirementText(material, t)}</span>
                    ${materialFacts(material, t)}
                  </li>`,
                )}
              </ol>`
      }
    </section>`;
}
