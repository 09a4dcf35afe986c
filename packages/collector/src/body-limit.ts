import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { AppEnv as Env } from './env.js';
import { ApiError } from './errors.js';

/**
 * Refuses request bodies over `maxBytes` with a 413. A body whose Content-Length is declared (and
 * not chunked) is judged by that header alone, as hono's bodyLimit does, but without touching
 * `c.req.raw.body`: on @hono/node-server that builds a WHATWG Request and stream for the body,
 * which then has to be read through them instead of straight from the socket (about a tenth of
 * the collector's CPU for a batch of 500). Chunked bodies are counted as they arrive, by bodyLimit.
 */
export function limitBody(maxBytes: number): MiddlewareHandler<Env> {
  const tooLarge = () => {
    throw new ApiError(413, 'body-too-large', `the request body is larger than ${maxBytes} bytes; send fewer records per batch`);
  };
  const counted = bodyLimit({ maxSize: maxBytes, onError: tooLarge });
  return async (c, next) => {
    const declared = c.req.header('content-length');
    if (declared === undefined || c.req.header('transfer-encoding') !== undefined) return counted(c, next);
    // Node's HTTP parser reads exactly Content-Length bytes, so the header bounds the body.
    if (Number.parseInt(declared, 10) > maxBytes) return tooLarge();
    await next();
  };
}
