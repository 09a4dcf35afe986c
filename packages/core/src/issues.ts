import type { z } from 'zod/mini';

type Issue = z.core.$ZodIssue;

/**
 * What went wrong, in words a person can act on. zod/mini carries no message catalogue (that
 * keeps browser bundles small), so messages are made here from the issue itself; a message
 * written on the schema (refine, regex) wins.
 */
function explain(issue: Issue): string {
  if (issue.message && issue.message !== 'Invalid input') return issue.message;
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${issue.expected}`;
    case 'invalid_value':
      return `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'unrecognized_keys':
      return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
    case 'invalid_format':
      return `not a valid ${issue.format === 'regex' ? 'value' : issue.format}`;
    case 'too_big':
      return issue.origin === 'string' || issue.origin === 'array'
        ? `at most ${issue.maximum} ${issue.origin === 'string' ? 'characters' : 'items'}`
        : `at most ${issue.maximum}`;
    case 'too_small':
      return issue.origin === 'string' || issue.origin === 'array'
        ? `at least ${issue.minimum} ${issue.origin === 'string' ? 'characters' : 'items'}`
        : `at least ${issue.minimum}`;
    case 'not_multiple_of':
      return `must be a multiple of ${issue.divisor}`;
    case 'invalid_union':
      return 'does not match any allowed form';
    default:
      return 'invalid value';
  }
}

/** One line from zod issues, e.g. `records[2].level: level does not match…; name: at most 100 characters`. */
export function describeIssues(issues: readonly Issue[]): string {
  return issues
    .slice(0, 5)
    .map((i) => {
      const where = formatPath(i.path);
      return where ? `${where}: ${explain(i)}` : explain(i);
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
