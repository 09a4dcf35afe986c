import type { Material } from '@manyi/core';
import type { NoticeChecklistSelfCheckMessages } from './messages.js';

/**
 * What is known about one material of the guide. Self-check and clerk mode share it: `have` is
 * "I have it" for a citizen and "received" for a clerk, so ticks carry over between the modes.
 */
export interface MaterialCheck {
  readonly have: boolean;
  /** Only for a material with a condition: the condition does not hold for this applicant. */
  readonly notApplicable: boolean;
  /** Clerk mode: received, but not acceptable as it is. */
  readonly defective: boolean;
  /** What is wrong with a defective material; kept when unticked so nothing typed is lost. */
  readonly defect: string;
}

export type MaterialStatus = 'have' | 'missing' | 'defective' | 'not-applicable';

export const UNCHECKED: MaterialCheck = { have: false, notApplicable: false, defective: false, defect: '' };

export const MAX_DEFECT = 500;

export function statusOf(material: Material, check: MaterialCheck, clerk: boolean): MaterialStatus {
  if (check.have) return clerk && check.defective ? 'defective' : 'have';
  if (material.condition && check.notApplicable) return 'not-applicable';
  return 'missing';
}

/** The guide's materials with their checks, in guide order, each exactly once. */
export function checkedMaterials(
  materials: readonly Material[],
  checks: readonly MaterialCheck[],
  clerk: boolean,
): { material: Material; check: MaterialCheck; status: MaterialStatus; index: number }[] {
  return materials.map((material, index) => {
    const check = checks[index] ?? UNCHECKED;
    return { material, check, status: statusOf(material, check, clerk), index };
  });
}

/** "Original × 1; A4, signed on every page": what exactly to bring, in the visitor's language. */
export function requirementText(material: Material, t: NoticeChecklistSelfCheckMessages): string {
  const parts = [t.requirement(material.form, material.copies)];
  if (material.format) parts.push(material.format);
  return parts.join(t.separator);
}
