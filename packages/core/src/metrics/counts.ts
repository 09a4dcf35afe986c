/** Throws a RangeError unless `value` is a count: a whole number ≥ 0. */
export function assertCount(name: string, value: number): void {
  if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`${name} must be a whole number ≥ 0, got ${value}`);
}

/** Throws a RangeError unless `part ≤ whole`, naming both: a rate above 100% means mismatched inputs. */
export function assertPartOf(partName: string, part: number, wholeName: string, whole: number): void {
  assertCount(partName, part);
  assertCount(wholeName, whole);
  if (part > whole) throw new RangeError(`${partName} (${part}) cannot exceed ${wholeName} (${whole})`);
}
