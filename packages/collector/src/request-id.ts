import { randomUUID } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { requestContext } from './log.js';

// What a proxy's id looks like (UUIDs, nginx's $request_id, AWS trace ids); anything else could
// forge log lines or fill them, so it is replaced.
const SANE_REQUEST_ID = /^[A-Za-z0-9._:=-]{8,128}$/;

/**
 * Gives each request an id — the proxy's `X-Request-Id` when it sent a sane one, else a new UUID —
 * answers with it, and puts it on every log line written while answering.
 */
export const requestIds: MiddlewareHandler = async (c, next) => {
  const incoming = c.req.header('x-request-id');
  const requestId = incoming && SANE_REQUEST_ID.test(incoming) ? incoming : randomUUID();
  await requestContext.run({ requestId }, next);
  c.res.headers.set('X-Request-Id', requestId);
};
