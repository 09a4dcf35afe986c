/** Editing a nested catalogue entry through form fields named by path, e.g. `guide.materials.0.name`. */
export type Draft = Record<string, unknown>;

export function readPath(draft: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((at, key) => (at as Record<string, unknown> | undefined)?.[key], draft);
}

/** A copy of `draft` with `value` at `path`; an empty text removes an optional field instead of sending "". */
export function writePath(draft: Draft, path: string, value: unknown): Draft {
  const copy = structuredClone(draft);
  const keys = path.split('.');
  const last = keys.pop() as string;
  let at: Record<string, unknown> = copy;
  for (const key of keys) at = at[key] as Record<string, unknown>;
  if (value === '') delete at[last];
  else at[last] = value;
  return copy;
}

/** Zod's issue paths as the field names the form uses. */
export function issuesByField(issues: readonly { path: readonly PropertyKey[]; message: string }[]): Map<string, string> {
  const byField = new Map<string, string>();
  for (const issue of issues) {
    const field = issue.path.map(String).join('.');
    if (!byField.has(field)) byField.set(field, issue.message);
  }
  return byField;
}

/** The collector's "guide.materials[0].name: must not be empty; …" message, split per field. */
export function serverIssuesByField(message: string): Map<string, string> {
  const byField = new Map<string, string>();
  for (const part of message.split('; ')) {
    const match = /^([\w.[\]]+): (.+)$/.exec(part);
    if (match?.[1] && match[2]) byField.set(match[1].replace(/\[(\d+)\]/g, '.$1'), match[2]);
  }
  return byField;
}
