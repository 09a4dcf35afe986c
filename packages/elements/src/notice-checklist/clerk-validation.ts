import { isMainlandPhone, type Material } from '@manyi/core';
import { checkedMaterials, MAX_DEFECT, type MaterialCheck } from './material-state.js';
import type { NoticeChecklistMessages } from './messages.js';

export const MAX_NAME = 50;

/** The ids of the fields a clerk fills in; error summary links point at them. */
export const NAME_FIELD = 'applicant-name';
export const PHONE_FIELD = 'applicant-phone';
export const defectField = (index: number): string => `material-${index}-defect`;

export type FieldErrorCode = 'nameRequired' | 'nameTooLong' | 'phoneInvalid' | 'defectRequired' | 'defectTooLong';

/** One problem with what the clerk entered; kept as a code so the message follows a language switch. */
export interface FieldError {
  readonly field: string;
  readonly code: FieldErrorCode;
  /** The material's index for defect errors. */
  readonly index?: number;
}

export interface ClerkEntry {
  readonly name: string;
  readonly phone: string;
  readonly materials: readonly Material[];
  readonly checks: readonly MaterialCheck[];
}

/**
 * Every problem in the clerk's entry, in the order the fields appear. Validation runs when the
 * clerk asks for the notice; once errors show, they are recomputed on every edit so a corrected
 * field loses its message at once.
 */
export function validateClerkEntry(entry: ClerkEntry): FieldError[] {
  const errors: FieldError[] = [];
  const name = entry.name.trim();
  if (name === '') errors.push({ field: NAME_FIELD, code: 'nameRequired' });
  else if (name.length > MAX_NAME) errors.push({ field: NAME_FIELD, code: 'nameTooLong' });
  if (entry.phone.trim() !== '' && !isMainlandPhone(entry.phone)) errors.push({ field: PHONE_FIELD, code: 'phoneInvalid' });
  for (const { check, status, index } of checkedMaterials(entry.materials, entry.checks, true)) {
    if (status !== 'defective') continue;
    const defect = check.defect.trim();
    if (defect === '') errors.push({ field: defectField(index), code: 'defectRequired', index });
    else if (defect.length > MAX_DEFECT) errors.push({ field: defectField(index), code: 'defectTooLong', index });
  }
  return errors;
}

export function fieldErrorMessage(error: FieldError, t: NoticeChecklistMessages, materials: readonly Material[]): string {
  const material = error.index === undefined ? '' : (materials[error.index]?.name ?? '');
  switch (error.code) {
    case 'nameRequired':
      return t.nameRequired;
    case 'nameTooLong':
      return t.nameTooLong(MAX_NAME);
    case 'phoneInvalid':
      return t.phoneInvalid;
    case 'defectRequired':
      return t.defectRequired(material);
    case 'defectTooLong':
      return t.defectTooLong(material, MAX_DEFECT);
  }
}
