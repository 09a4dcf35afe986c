/** SQLite hands times back as ISO text, PostgreSQL as Date. */
export function iso(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  return value instanceof Date ? value.toISOString() : String(value);
}

/** SQLite keeps JSON as text, PostgreSQL's JSONB comes back parsed. */
export function parsedJson<T>(value: unknown): T {
  return (typeof value === 'string' ? JSON.parse(value) : value) as T;
}

/** A boolean as either database returns it: PostgreSQL true or false, SQLite 1 or 0. */
export const isTrue = (value: unknown): boolean => value === true || value === 1 || value === 1n;
