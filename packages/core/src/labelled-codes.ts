import type { Labels } from './locale.js';

/** A stored code with its labels in every locale: a complaint category, a bad-review reason. */
export interface LabelledCode {
  code: string;
  labels: Labels;
}

/** The codes of a list, as the non-empty tuple `z.enum` takes. */
export function codesOf<const T extends readonly LabelledCode[]>(list: T): [T[number]['code'], ...T[number]['code'][]] {
  return list.map((entry) => entry.code) as [T[number]['code'], ...T[number]['code'][]];
}

/** The labels of a code, or undefined for a code the list does not hold. */
export function labelsOf(list: readonly LabelledCode[], code: string): Labels | undefined {
  return list.find((entry) => entry.code === code)?.labels;
}
