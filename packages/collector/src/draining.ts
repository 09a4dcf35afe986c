import type { ErrorBody } from '@manyi/core';

/** How long a client refused by a stopping collector should wait: a restart takes a few seconds. */
export const STOPPING_RETRY_AFTER_SECONDS = 5;

type Fetch = (request: Request, env: unknown) => Response | Promise<Response>;

/**
 * The app's fetch, until the collector starts stopping. From then on a request whose headers arrive
 * on a connection still open (a kept-alive one, or one whose request had not been sent whole) is
 * answered 503 with Retry-After and its connection closed; requests already being handled finish.
 */
export function drainable(fetch: Fetch): { fetch: Fetch; drain(): void } {
  let draining = false;
  return {
    fetch: (request, env) => (draining ? stopping() : fetch(request, env)),
    drain() {
      draining = true;
    },
  };
}

function stopping(): Response {
  const body: ErrorBody = {
    error: { code: 'stopping', message: 'the collector is stopping; send the request again in a few seconds' },
  };
  return new Response(JSON.stringify(body), {
    status: 503,
    headers: {
      'content-type': 'application/json',
      'cache-control': 'no-store',
      'retry-after': String(STOPPING_RETRY_AFTER_SECONDS),
      connection: 'close',
    },
  });
}
