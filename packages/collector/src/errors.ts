import type { ContentfulStatusCode } from 'hono/utils/http-status';

/** A client's mistake, answered as `{"error":{"code","message"}}` with a 4xx status (and `Retry-After` when given). */
export class ApiError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: string,
    message: string,
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
  }
}
