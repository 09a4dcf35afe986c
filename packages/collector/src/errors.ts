import type { ContentfulStatusCode } from 'hono/utils/http-status';

/** A client's mistake, answered as `{"error":{"code","message"}}` with a 4xx status. */
export class ApiError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}
