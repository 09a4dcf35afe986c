import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { actorOf } from '../accounts/sessions.js';
import { FLOW_SECONDS, type SingleSignOn } from '../accounts/single-sign-on.js';
import { accountForIdentity } from '../accounts/sso-accounts.js';
import type { AppEnv } from '../env.js';
import { ApiError } from '../errors.js';
import { noteAudit } from '../http/audit-trail.js';
import { op } from '../http/route.js';
import { overTls, setSessionCookie } from '../http/session-cookie.js';
import { ProvidersSchema } from '../schemas/sign-in.js';
import { refusalPage } from './sso-refusal-page.js';

/** The browser's handle on its sign-in in progress; state, nonce and PKCE verifier stay on the server. */
const FLOW_COOKIE = 'manyi_oidc_flow';
const FLOW_PATH = '/api/v1/auth/oidc';

const configured = (sso: SingleSignOn | undefined): SingleSignOn => {
  if (!sso) throw new ApiError(404, 'oidc-off', 'single sign-on is not configured here (MANYI_OIDC_*)');
  return sso;
};

const flowCookie = (c: Context<AppEnv>, flowId: string) =>
  setCookie(c, FLOW_COOKIE, flowId, { httpOnly: true, sameSite: 'Lax', path: FLOW_PATH, secure: overTls(c), maxAge: FLOW_SECONDS });

/** Single sign-on through an OpenID Connect provider (a province's 统一身份认证), authorization code with PKCE. */
export const OIDC_ROUTES = [
  op({
    id: 'signInProviders',
    method: 'get',
    path: '/api/v1/auth/providers',
    tag: 'accounts',
    auth: 'public',
    summary: 'The single sign-on the sign-in page may offer, beside username and password',
    responses: [{ status: 200, description: 'The provider’s button text, or `null`.', schema: ProvidersSchema }],
    handle: ({ sessions }, c) => c.json({ oidc: sessions.singleSignOn ? { label: sessions.singleSignOn.label } : null }),
  }),
  op({
    id: 'oidcStart',
    method: 'get',
    path: '/api/v1/auth/oidc/start',
    tag: 'accounts',
    auth: 'public',
    limit: 'login',
    summary: 'Start single sign-on: a redirect to the identity provider',
    description: 'Sets a short-lived HttpOnly cookie naming this sign-in; the provider sends the browser back to `oidc/callback`.',
    responses: [
      { status: 302, description: 'To the provider’s authorization endpoint.' },
      { status: 502, description: 'The provider could not be reached: a page saying so.', contentType: 'text/html' },
    ],
    errors: { 404: '`oidc-off`: no single sign-on is configured.' },
    handle: async ({ sessions, log }, c) => {
      const sso = configured(sessions.singleSignOn);
      try {
        const { flowId, url } = await sso.begin();
        flowCookie(c, flowId);
        return c.redirect(url, 302);
      } catch (error) {
        // A browser followed a link here: it gets a page saying the provider is away, not JSON.
        if (!(error instanceof ApiError) || error.status !== 502) throw error;
        log.warn('single sign-on unavailable', { reason: error.message });
        return c.html(refusalPage(error.code), 502);
      }
    },
  }),
  op({
    id: 'oidcCallback',
    method: 'get',
    path: '/api/v1/auth/oidc/callback',
    tag: 'accounts',
    auth: 'public',
    limit: 'login',
    signsIn: true,
    summary: 'Return from the identity provider: a session cookie and the dashboard',
    description:
      'Checks state, PKCE, nonce and the ID token, maps the role claim (MANYI_OIDC_ROLE_CLAIM, MANYI_OIDC_ROLE_MAP) to a role ' +
      'and scope, creates or updates the linked account, and sets the `manyi_session` cookie. A refusal is a page saying why.',
    responses: [
      { status: 302, description: 'Signed in: to `/admin/`.' },
      {
        status: 400,
        description: 'The sign-in expired, was not started here, or the provider’s answer did not check out.',
        contentType: 'text/html',
      },
      { status: 403, description: 'The identity holds no mapped role, or its account is disabled.', contentType: 'text/html' },
    ],
    errors: { 404: '`oidc-off`: no single sign-on is configured.' },
    handle: async ({ sessions, store, log }, c) => {
      const sso = configured(sessions.singleSignOn);
      const flowId = getCookie(c, FLOW_COOKIE);
      deleteCookie(c, FLOW_COOKIE, { path: FLOW_PATH, secure: overTls(c) });
      try {
        const query = new URL(c.req.url).search;
        const account = await accountForIdentity(store, await sso.finish(flowId, query));
        const token = await sessions.start(account.username);
        c.set('actor', actorOf(account));
        noteAudit(c, { target: account.username, after: { via: 'oidc', role: account.role } });
        setSessionCookie(c, token, sessions.lifetimeSeconds);
        return c.redirect('/admin/', 302);
      } catch (error) {
        if (!(error instanceof ApiError)) throw error;
        log.warn('single sign-on refused', { code: error.code, reason: error.message });
        return c.html(refusalPage(error.code), error.status === 502 ? 502 : error.status === 403 ? 403 : 400);
      }
    },
  }),
];
