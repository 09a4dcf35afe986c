/**
 * The dashboard keeps a person's session in an HttpOnly cookie, out of reach of any script on the
 * page; API clients keep sending `Authorization: Bearer`, which wins when both are present.
 *
 * CSRF: the cookie is `SameSite=Strict`, so a browser sends it on no request another site starts;
 * and a state-changing call that signs in by cookie must also carry the header `X-Manyi-CSRF: 1`.
 * No page of another origin can add that header without a CORS preflight, which the admin and
 * auth paths never answer (only /api/v1/public/* speaks CORS). A custom header rather than a
 * double-submit token: nothing to keep in step between a cookie and a page, and it holds even on
 * an old browser that ignores SameSite.
 */
import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';

export const SESSION_COOKIE = 'manyi_session';
export const CSRF_HEADER = 'x-manyi-csrf';
/** Only the API reads the cookie; the static pages never see it. */
const COOKIE_PATH = '/api/v1/';

/** `Secure` whenever the dashboard is reached over HTTPS (directly, or through a proxy that says so); a plain-HTTP intranet address still signs in. */
export const overTls = (c: Context): boolean =>
  new URL(c.req.url).protocol === 'https:' || c.req.header('x-forwarded-proto')?.split(',')[0]?.trim() === 'https';

export function setSessionCookie(c: Context, token: string, maxAgeSeconds: number): void {
  setCookie(c, SESSION_COOKIE, token, {
    path: COOKIE_PATH,
    httpOnly: true,
    sameSite: 'Strict',
    secure: overTls(c),
    maxAge: Math.max(0, Math.floor(maxAgeSeconds)),
  });
}

export function clearSessionCookie(c: Context): void {
  deleteCookie(c, SESSION_COOKIE, { path: COOKIE_PATH, httpOnly: true, sameSite: 'Strict', secure: overTls(c) });
}

/** The session token the cookie carries, if any. */
export const sessionCookie = (c: Context): string | undefined => getCookie(c, SESSION_COOKIE) || undefined;

/** Whether the request proves it comes from a page of this origin (see above); reads need no proof. */
export function csrfProven(c: Context): boolean {
  const method = c.req.method.toUpperCase();
  return method === 'GET' || method === 'HEAD' || c.req.header(CSRF_HEADER) === '1';
}
