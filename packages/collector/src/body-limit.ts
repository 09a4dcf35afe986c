import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { AppEnv as Env } from './env.js';
import { ApiError } from './errors.js';

/**
 * Bodies anyone may send without a credential (enrolment, sign-in, a citizen's rating or
 * complaint) are read, and parsed, before anything is known of the sender: a few kilobytes each,
 * so the bound is far below MAX_BODY_BYTES. A complaint at its longest, escaped, stays under it.
 */
export const PUBLIC_MAX_BODY_BYTES = 64 * 1024;

/** The body limit of routes open to anyone. */
export const limitPublicBody = (): MiddlewareHandler<Env> =>
  limitBody(PUBLIC_MAX_BODY_BYTES, 'an enrolment, a sign-in, a rating or a complaint is a few kilobytes');

/**
 * Refuses request bodies over `maxBytes` with a 413. A body whose Content-Length is declared (and
 * not chunked) is judged by that header alone, as hono's bodyLimit does, but without touching
 * `c.req.raw.body`: on @hono/node-server that builds a WHATWG Request and stream for the body,
 * which then has to be read through them instead of straight from the socket (about a tenth of
 * the collector's CPU for a batch of 500). Chunked bodies are counted as they arrive, by bodyLimit.
 * `advice` ends the 413's message: what the client should send instead.
 */
export function limitBody(maxBytes: number, advice = 'send fewer records per batch'): MiddlewareHandler<Env> {
  const tooLarge = () => {
    throw new ApiError(413, 'body-too-large', `the request body is larger than ${maxBytes} bytes; ${advice}`);
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
