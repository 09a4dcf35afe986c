import type { Context } from 'hono';
import { hashPassword, passwordMatches, passwordProblem } from '../accounts/passwords.js';
import { actorOf } from '../accounts/sessions.js';
import { ApiError } from '../errors.js';
import { OWN_ACCOUNT } from '../http/roles.js';
import { op } from '../http/route.js';
import { CSRF_HEADER, clearSessionCookie, setSessionCookie } from '../http/session-cookie.js';
import { LoginAnswerSchema, LoginRequestSchema, MeSchema, PasswordChangeSchema } from '../schemas/accounts.js';
import type { Account } from '../store/account-store.js';

const userOf = (a: Account) => ({
  username: a.username,
  displayName: a.displayName,
  role: a.role,
  ...(a.regionId === undefined ? {} : { regionId: a.regionId }),
  ...(a.stationId === undefined ? {} : { stationId: a.stationId }),
});

/** The dashboard asks for its session as a cookie by sending the CSRF header (http/session-cookie.ts). */
const wantsCookie = (c: Context) => c.req.header(CSRF_HEADER) === '1';

const signedIn = (token: string, a: Account) => ({ token, user: userOf(a), ...(a.mustChangePassword ? { mustChangePassword: true } : {}) });

/** Signing in and out, and a person's own account; the admin token is no account and has no password. */
export const AUTH_ROUTES = [
  op({
    id: 'login',
    method: 'post',
    path: '/api/v1/auth/login',
    tag: 'accounts',
    auth: 'public',
    limit: 'login',
    summary: 'Sign in with a named account: a session token for `Authorization: Bearer`',
    description:
      'An unknown username and a wrong password answer the same 401. Sign-ins are limited per address, and failures per ' +
      'account (429 with `Retry-After`). A session ends after MANYI_SESSION_HOURS, or MANYI_SESSION_IDLE_MINUTES unused. ' +
      'With the header `X-Manyi-CSRF: 1` (the dashboard) the session also comes as the HttpOnly cookie `manyi_session`; ' +
      'a change signed in by that cookie needs the same header.',
    body: { schema: LoginRequestSchema, code: 'invalid-login' },
    responses: [{ status: 200, description: 'Signed in.', schema: LoginAnswerSchema }],
    errors: {
      401:
        '`invalid-credentials`: the username or the password is wrong; `otp-required`: the account has a second factor, send ' +
        '`otp`; `otp-invalid`: the code is wrong or was already used.',
      429: 'Too many attempts; wait `Retry-After` seconds.',
    },
    handle: async ({ sessions, metrics, body }, c) => {
      const { username, password, otp } = await body();
      const { token, account } = await sessions.signIn(username, password, otp).catch(metrics.refusedBy('password'));
      // The audit trail names who signed in, not "public".
      c.set('actor', actorOf(account));
      if (wantsCookie(c)) setSessionCookie(c, token, sessions.lifetimeSeconds);
      return c.json(signedIn(token, account));
    },
  }),
  op({
    id: 'logout',
    method: 'post',
    path: '/api/v1/auth/logout',
    tag: 'accounts',
    auth: OWN_ACCOUNT,
    summary: 'End this session (the admin token stays valid: it is no session)',
    responses: [{ status: 204, description: 'Signed out.' }],
    handle: async ({ sessions }, c) => {
      const session = c.get('session');
      if (session) await sessions.end(session);
      clearSessionCookie(c);
      return c.body(null, 204);
    },
  }),
  op({
    id: 'me',
    method: 'get',
    path: '/api/v1/auth/me',
    tag: 'accounts',
    auth: OWN_ACCOUNT,
    summary: 'Who this credential stands for: account, role and scope',
    responses: [{ status: 200, description: 'The caller.', schema: MeSchema }],
    handle: async ({ store }, c) => {
      const actor = c.get('actor');
      const account = c.get('session') ? await store.accounts.get(actor.name) : undefined;
      if (!account) return c.json({ username: actor.name, role: actor.role });
      return c.json({ ...userOf(account), ...(account.mustChangePassword ? { mustChangePassword: true } : {}) });
    },
  }),
  op({
    id: 'changePassword',
    method: 'post',
    path: '/api/v1/auth/password',
    tag: 'accounts',
    auth: OWN_ACCOUNT,
    summary: 'Change your own password: every session of the account ends, and a new one starts',
    body: { schema: PasswordChangeSchema, code: 'invalid-password-change' },
    responses: [{ status: 200, description: 'Changed; the new session.', schema: LoginAnswerSchema }],
    errors: {
      400: '`wrong-password`: `current` is not your password; `weak-password`: `next` is too short or too common.',
    },
    handle: async ({ store, sessions, body }, c) => {
      const { current, next } = await body();
      const username = c.get('actor').name;
      const stored = c.get('session') ? await store.accounts.passwordHash(username) : undefined;
      if (stored === undefined) throw new ApiError(400, 'no-account', 'the admin token has no password; sign in with an account');
      if (!(await passwordMatches(current, stored))) throw new ApiError(400, 'wrong-password', 'current: this is not your password');
      const problem = passwordProblem(next, username);
      if (problem) throw new ApiError(400, 'weak-password', `next: ${problem}`);
      if (next === current) throw new ApiError(400, 'weak-password', 'next: choose a password other than the current one');
      const account = await store.accounts.update(username, { passwordHash: await hashPassword(next), mustChangePassword: false });
      if (!account) throw new ApiError(404, 'account-not-found', `no account "${username}"`);
      const token = await sessions.start(username);
      if (wantsCookie(c)) setSessionCookie(c, token, sessions.lifetimeSeconds);
      return c.json(signedIn(token, account));
    },
  }),
];
