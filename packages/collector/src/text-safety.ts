/**
 * Text both databases store as sent. PostgreSQL refuses the NUL character in text and jsonb, and a
 * lone UTF-16 surrogate in jsonb; SQLite would keep either. Such text only comes from a broken or
 * crafted client, so it is refused as the client's mistake, the same on both databases.
 */
import type { MiddlewareHandler } from 'hono';
import { ApiError } from './errors.js';

/** How NUL and surrogates look in JSON text; cheap to test before walking a parsed value. */
const SUSPECT_ESCAPE = /\\u(?:0000|d[89a-f])/i;

/** True when JSON text may hold broken text (false positives are settled by brokenTextAt). */
export function mayHoldBrokenText(json: string): boolean {
  return SUSPECT_ESCAPE.test(json);
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function broken(s: string): boolean {
  return s.includes('\u0000') || LONE_SURROGATE.test(s);
}

interface Visit {
  value: unknown;
  key: string | number | undefined;
  parent: Visit | undefined;
}

function pathOf(visit: Visit): string {
  const keys: (string | number)[] = [];
  for (let v: Visit | undefined = visit; v?.key !== undefined; v = v.parent) keys.unshift(v.key);
  return keys.map((k, i) => (typeof k === 'number' ? `[${k}]` : i === 0 ? k : `.${k}`)).join('') || '(the value)';
}

/**
 * The path of the first string or key holding NUL or a lone surrogate, e.g. `guide.materials[0].name`.
 * Iterative, so a value nested 100,000 deep is walked, not a stack overflow.
 */
export function brokenTextAt(value: unknown): string | undefined {
  const stack: Visit[] = [{ value, key: undefined, parent: undefined }];
  for (let visit = stack.pop(); visit; visit = stack.pop()) {
    const v = visit.value;
    if (typeof v === 'string') {
      if (broken(v)) return pathOf(visit);
    } else if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) stack.push({ value: v[i], key: i, parent: visit });
    } else if (v && typeof v === 'object') {
      for (const [key, item] of Object.entries(v).reverse()) {
        const child = { value: item, key, parent: visit };
        if (broken(key)) return pathOf(child);
        stack.push(child);
      }
    }
  }
  return undefined;
}

export const BROKEN_TEXT_MESSAGE = 'holds a NUL character or a lone surrogate, which cannot be stored';

/** `%00` in a path or query string reaches the database as NUL: refused before any route runs. */
export const refuseNulInUrl: MiddlewareHandler = async (c, next) => {
  if (/%00/.test(c.req.url)) throw new ApiError(400, 'invalid-url', 'the URL holds a NUL character (%00), which cannot be stored');
  await next();
};
