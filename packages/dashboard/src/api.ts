import { describeIssues } from '@manyi/core';
import type * as z from 'zod/mini';
import type { Messages } from './i18n/messages.js';

const TOKEN_KEY = 'manyi-admin-token';

/** Per tab only (sessionStorage), only ever sent in an Authorization header: never a URL, never a log. */
export const adminToken = {
  get: (): string | null => sessionStorage.getItem(TOKEN_KEY),
  set: (token: string) => sessionStorage.setItem(TOKEN_KEY, token),
  clear: () => sessionStorage.removeItem(TOKEN_KEY),
};

/** A failed call, with a message a station manager can act on and the API's error code. */
export class ApiFailure extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly code: string,
  ) {
    super(message);
  }
}

/** The admin API under /api/v1/admin, answers checked against the agreed shapes. */
export class AdminApi {
  constructor(
    private readonly messages: () => Messages,
    /** Called on a 401: the token is wrong or was replaced. */
    private readonly onUnauthorized: () => void,
  ) {}

  async call<T>(schema: z.ZodMiniType<T>, path: string, init: { method?: string; body?: unknown } = {}): Promise<T> {
    const response = await this.#send(path, init);
    const body: unknown = response.status === 204 ? {} : await response.json().catch(() => undefined);
    if (!response.ok) throw this.#failure(response.status, body);
    const parsed = schema.safeParse(body);
    if (!parsed.success) {
      throw new ApiFailure(
        this.messages()('unexpectedAnswer', { problem: describeIssues(parsed.error.issues) }),
        response.status,
        'unexpected-answer',
      );
    }
    return parsed.data;
  }

  /** A file the API makes (CSV export), as a Blob for a download link. */
  async file(path: string): Promise<Blob> {
    const response = await this.#send(path, {});
    if (!response.ok) throw this.#failure(response.status, await response.json().catch(() => undefined));
    return response.blob();
  }

  async #send(path: string, { method = 'GET', body }: { method?: string; body?: unknown }): Promise<Response> {
    const headers: Record<string, string> = { authorization: `Bearer ${adminToken.get() ?? ''}` };
    if (body !== undefined) headers['content-type'] = 'application/json';
    try {
      return await fetch(`/api/v1/admin/${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    } catch (error) {
      throw new ApiFailure(this.messages()('networkError', { message: (error as Error).message }), 0, 'network');
    }
  }

  #failure(status: number, body: unknown): ApiFailure {
    if (status === 401) {
      this.onUnauthorized();
      return new ApiFailure(this.messages()('tokenRejected'), 401, 'unauthorized');
    }
    const error = (body as { error?: { code?: unknown; message?: unknown } } | undefined)?.error;
    const message = typeof error?.message === 'string' ? error.message : this.messages()('serverError', { status });
    return new ApiFailure(message, status, typeof error?.code === 'string' ? error.code : 'http-error');
  }
}

/** `?station=…&from=…` from the filled-in values only. */
export function query(values: Readonly<Record<string, string | undefined | null>>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(values)) if (value) params.set(key, value);
  return params.toString();
}
