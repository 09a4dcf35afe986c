/**
 * The dashboard's session cookie: the session token where page scripts cannot read it (HttpOnly),
 * sent on the site's own requests and top-level arrivals (SameSite=Lax, so the return from a
 * single sign-on provider carries it), and only over TLS when the request came over TLS.
 */
import type { Context } from 'hono';
import { deleteCookie, setCookie } from 'hono/cookie';

export const SESSION_COOKIE = 'manyi_session';

/** Whether the browser reached us over https (directly, or through a proxy that says so). */
export const overTls = (c: Context): boolean =>
  new URL(c.req.url).protocol === 'https:' || c.req.header('x-forwarded-proto')?.split(',')[0]?.trim() === 'https';

export function setSessionCookie(c: Context, token: string, maxAgeSeconds: number): void {
  setCookie(c, SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'Lax',
    path: '/',
    secure: overTls(c),
    maxAge: Math.floor(maxAgeSeconds),
  });
}

export function clearSessionCookie(c: Context): void {
  deleteCookie(c, SESSION_COOKIE, { httpOnly: true, sameSite: 'Lax', path: '/', secure: overTls(c) });
}
