import { describeIssues } from '@manyi/core';
import type * as z from 'zod/mini';
import { apiErrorKey } from './i18n/api-errors.js';
import type { Messages } from './i18n/messages.js';

const TOKEN_KEY = 'manyi-admin-token';

/**
 * The break-glass admin token: per tab only (sessionStorage), only ever sent in an Authorization
 * header, never a URL or a log. A named account's session is an HttpOnly cookie no script here reads.
 */
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
    /** The API's own message (English, for developers): which fields were wrong, for marking them. */
    readonly detail = '',
  ) {
    super(message);
  }
}

/** The sentence for an error code the API answered with, in the reader's language. */
export function errorText(t: Messages, code: string, status: number): string {
  const key = apiErrorKey(code);
  return key ? t(key) : t('serverError', { status });
}

/**
 * The admin API under /api/v1/admin (and sign-in under /api/v1/auth), answers checked against the
 * agreed shapes. Every call carries `X-Manyi-CSRF: 1`: the collector accepts a change signed in by
 * cookie only with it, and no other site's page can send it.
 */
export class AdminApi {
  constructor(
    private readonly messages: () => Messages,
    /** Called on a 401: the session ended or the token is wrong or was replaced. */
    private readonly onUnauthorized: () => void,
    /** Called on a 403 asking for a new password first (after an admin's reset). */
    private readonly onPasswordChange: () => void = () => {},
  ) {}

  async call<T>(schema: z.ZodMiniType<T>, path: string, init: { method?: string; body?: unknown } = {}): Promise<T> {
    return this.#answer(schema, await this.#send(`/api/v1/admin/${path}`, init), true);
  }

  /** Sign-in and the caller's own account; a 401 here is an answer to show, not a lost session. */
  async auth<T>(schema: z.ZodMiniType<T>, path: string, init: { method?: string; body?: unknown } = {}): Promise<T> {
    return this.#answer(schema, await this.#send(`/api/v1/auth/${path}`, init), false);
  }

  async #answer<T>(schema: z.ZodMiniType<T>, response: Response, signedIn: boolean): Promise<T> {
    const body: unknown = response.status === 204 ? {} : await response.json().catch(() => undefined);
    if (!response.ok) throw this.#failure(response.status, body, signedIn);
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
    const response = await this.#send(`/api/v1/admin/${path}`, {});
    if (!response.ok) throw this.#failure(response.status, await response.json().catch(() => undefined), true);
    return response.blob();
  }

  async #send(path: string, { method = 'GET', body }: { method?: string; body?: unknown }): Promise<Response> {
    const headers: Record<string, string> = { 'x-manyi-csrf': '1' };
    const token = adminToken.get();
    if (token) headers.authorization = `Bearer ${token}`;
    if (body !== undefined) headers['content-type'] = 'application/json';
    try {
      const sent = body === undefined ? undefined : JSON.stringify(body);
      return await fetch(path, { method, headers, body: sent, credentials: 'same-origin' });
    } catch {
      throw new ApiFailure(this.messages()('error:network'), 0, 'network');
    }
  }

  #failure(status: number, body: unknown, signedIn: boolean): ApiFailure {
    const error = (body as { error?: { code?: unknown; message?: unknown } } | undefined)?.error;
    const code = typeof error?.code === 'string' ? error.code : 'http-error';
    const detail = typeof error?.message === 'string' ? error.message : '';
    if (signedIn && status === 401) this.onUnauthorized();
    if (signedIn && code === 'password-change-required') this.onPasswordChange();
    return new ApiFailure(errorText(this.messages(), code, status), status, code, detail);
  }
}

/** `?station=…&from=…` from the filled-in values only. */
export function query(values: Readonly<Record<string, string | undefined | null>>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(values)) if (value) params.set(key, value);
  return params.toString();
}
