import type { z } from 'zod/mini';

/**
 * One line a person can act on from zod issues, e.g. `records[2].level: level does not match…`.
 * Used by every boundary so errors read the same everywhere.
 */
export function describeIssues(issues: readonly z.core.$ZodIssue[]): string {
  return issues
    .slice(0, 5)
    .map((i) => {
      const where = formatPath(i.path);
      return where ? `${where}: ${i.message}` : i.message;
    })
    .join('; ');
}

function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    out += typeof key === 'number' ? `[${key}]` : out === '' ? String(key) : `.${String(key)}`;
  }
  return out;
}
