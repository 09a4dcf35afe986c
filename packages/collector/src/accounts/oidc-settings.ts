/**
 * Single sign-on settings from the environment (MANYI_OIDC_*): the provider (e.g. a province's
 * 统一身份认证), this collector as its client, and which claim value grants which role and scope.
 * Left out entirely, single sign-on is off; half set, start-up stops naming what is wrong.
 */
import { describeIssues } from '@manyi/core';
import * as z from 'zod/mini';
import type { AccountScope } from './account-rules.js';

export interface OidcSettings {
  issuer: string;
  clientId: string;
  /** Left out for a public client: PKCE alone then binds the code to this collector. */
  clientSecret?: string;
  /** Where the provider sends the browser back: `<MANYI_OIDC_REDIRECT_BASE>/api/v1/auth/oidc/callback`. */
  redirectUri: string;
  /** The sign-in button's text. */
  label: string;
  scopes: string;
  /** The claim that names the account (its value becomes the username, lower-cased). */
  usernameClaim: string;
  displayNameClaim: string;
  /** The claim (a string or a list of strings) whose values ROLE_MAP looks up. */
  roleClaim: string;
  /** Claim value → role and scope, in order: the first value the person holds wins. */
  roleMap: [string, AccountScope][];
  /** Talk to an http:// provider (a test, or a closed network); https otherwise. */
  allowHttp: boolean;
}

export const OIDC_CALLBACK_PATH = '/api/v1/auth/oidc/callback';

const Id = z.string().check(z.regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'must be a region or station id'));
const ScopeSchema = z
  .strictObject({
    role: z.enum(['admin', 'supervisor', 'observer', 'manager', 'clerk']),
    regionId: z.optional(Id),
    stationId: z.optional(Id),
  })
  .check(
    z.refine(
      (s) => (s.role === 'supervisor' || s.role === 'observer') === (s.regionId !== undefined),
      'a supervisor or observer, and only they, need "regionId"',
    ),
    z.refine(
      (s) => (s.role === 'manager' || s.role === 'clerk') === (s.stationId !== undefined),
      'a manager or clerk, and only they, need "stationId"',
    ),
  );

const HttpUrl = z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' });

const OidcEnvSchema = z.object({
  MANYI_OIDC_ISSUER: HttpUrl,
  MANYI_OIDC_CLIENT_ID: z.string().check(z.minLength(1)),
  MANYI_OIDC_CLIENT_SECRET: z.optional(z.string()),
  MANYI_OIDC_REDIRECT_BASE: HttpUrl,
  MANYI_OIDC_LABEL: z._default(z.string().check(z.maxLength(40)), '统一身份认证'),
  MANYI_OIDC_SCOPES: z._default(z.string().check(z.regex(/(^|\s)openid(\s|$)/, 'must include "openid"')), 'openid profile'),
  MANYI_OIDC_USERNAME_CLAIM: z._default(z.string(), 'preferred_username'),
  MANYI_OIDC_NAME_CLAIM: z._default(z.string(), 'name'),
  MANYI_OIDC_ROLE_CLAIM: z.string().check(z.minLength(1)),
  MANYI_OIDC_ROLE_MAP: z.string(),
  MANYI_OIDC_ALLOW_HTTP: z._default(z.enum(['true', 'false']), 'false'),
});

const RoleMapSchema = z.record(z.string(), ScopeSchema).check(z.refine((m) => Object.keys(m).length > 0, 'map at least one claim value'));

function roleMapOf(text: string): [string, AccountScope][] {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new Error(
      'invalid MANYI_OIDC_ROLE_MAP: not JSON; e.g. {"manyi-admins":{"role":"admin"},"hz-supervisors":{"role":"supervisor","regionId":"hz"}}',
    );
  }
  const parsed = RoleMapSchema.safeParse(raw);
  if (!parsed.success) throw new Error(`invalid MANYI_OIDC_ROLE_MAP: ${describeIssues(parsed.error.issues)}`);
  return Object.entries(parsed.data);
}

/** The settings, or undefined when no MANYI_OIDC_* variable is set; throws naming each bad or missing one. */
export function oidcSettingsFromEnv(env: Record<string, string | undefined>): OidcSettings | undefined {
  const given = Object.fromEntries(Object.entries(env).filter(([k, v]) => k.startsWith('MANYI_OIDC_') && v !== undefined && v !== ''));
  if (Object.keys(given).length === 0) return undefined;
  const parsed = OidcEnvSchema.safeParse(given);
  if (!parsed.success) throw new Error(`invalid single sign-on settings (MANYI_OIDC_*): ${describeIssues(parsed.error.issues)}`);
  const e = parsed.data;
  const allowHttp = e.MANYI_OIDC_ALLOW_HTTP === 'true';
  if (!allowHttp && e.MANYI_OIDC_ISSUER.startsWith('http:')) {
    throw new Error(
      'invalid single sign-on settings: MANYI_OIDC_ISSUER must be https (or set MANYI_OIDC_ALLOW_HTTP=true on a closed network)',
    );
  }
  return {
    issuer: e.MANYI_OIDC_ISSUER,
    clientId: e.MANYI_OIDC_CLIENT_ID,
    ...(e.MANYI_OIDC_CLIENT_SECRET ? { clientSecret: e.MANYI_OIDC_CLIENT_SECRET } : {}),
    redirectUri: new URL(OIDC_CALLBACK_PATH, e.MANYI_OIDC_REDIRECT_BASE).href,
    label: e.MANYI_OIDC_LABEL,
    scopes: e.MANYI_OIDC_SCOPES,
    usernameClaim: e.MANYI_OIDC_USERNAME_CLAIM,
    displayNameClaim: e.MANYI_OIDC_NAME_CLAIM,
    roleClaim: e.MANYI_OIDC_ROLE_CLAIM,
    roleMap: roleMapOf(e.MANYI_OIDC_ROLE_MAP),
    allowHttp,
  };
}
