import type { Context } from 'hono';
import { ApiError } from '../errors.js';

export async function jsonBody(c: Context): Promise<unknown> {
  try {
    return await c.req.json();
  } catch {
    throw new ApiError(400, 'invalid-json', 'the request body is not valid JSON');
  }
}
