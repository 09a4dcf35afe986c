import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { ApiError } from '../errors.js';
import { BROKEN_TEXT_MESSAGE, brokenTextAt, mayHoldBrokenText } from '../text-safety.js';
import { nestsDeeperThan } from './json-depth.js';

/**
 * The request body as JSON. With `maxDepth` (routes open to anyone), nesting deeper is refused
 * before parsing, for what a crafted body would cost the event loop; a credential's holder is
 * spared the scan (a tenth of a batch's parse). Text no database can store (NUL, lone surrogates)
 * is refused here, unless the caller judges it part by part (a batch rejects only the records holding it).
 */
export async function jsonBody(c: Context, options: { allowBrokenText?: boolean; maxDepth?: number } = {}): Promise<unknown> {
  let text: string;
  try {
    text = await c.req.text();
  } catch (error) {
    if (error instanceof ApiError || error instanceof HTTPException) throw error; // 413 from the body limit
    throw new ApiError(400, 'invalid-json', 'the request body could not be read');
  }
  if (options.maxDepth !== undefined && nestsDeeperThan(text, options.maxDepth)) {
    throw new ApiError(400, 'json-too-deep', `the request body nests arrays or objects more than ${options.maxDepth} levels deep`);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new ApiError(400, 'invalid-json', 'the request body is not valid JSON');
  }
  if (!options.allowBrokenText && mayHoldBrokenText(text)) {
    const at = brokenTextAt(value);
    if (at) throw new ApiError(400, 'invalid-text', `${at}: ${BROKEN_TEXT_MESSAGE}`);
  }
  return value;
}
