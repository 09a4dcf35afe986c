import type { Context } from 'hono';
import { TOTP_ROLES } from '../accounts/second-factor.js';
import { newTotpSecret, otpauthUri } from '../accounts/totp.js';
import type { AppEnv } from '../env.js';
import { ApiError } from '../errors.js';
import { noteAudit } from '../http/audit-trail.js';
import { ADMIN_ONLY } from '../http/roles.js';
import { op, type Permission } from '../http/route.js';
import { TotpCodeSchema, TotpEnrolmentSchema, TotpStatusSchema } from '../schemas/sign-in.js';

/** An admin's or supervisor's own second factor (a session's, never the admin token's). */
const OWN_TOTP: Permission = { roles: TOTP_ROLES, scope: 'none', writes: true, ownAccount: true };
/** The issuer the authenticator app lists the code under. */
const ISSUER = '满意 Manyi';

const ownAccount = (c: Context<AppEnv>): string => {
  if (!c.get('session')) throw new ApiError(400, 'no-account', 'the admin token has no second factor; sign in with an account');
  return c.get('actor').name;
};

/** Optional TOTP for admin and supervisor accounts: enrol, confirm with a first code, remove. */
export const TOTP_ROUTES = [
  op({
    id: 'totpStatus',
    method: 'get',
    path: '/api/v1/auth/totp',
    tag: 'accounts',
    auth: { ...OWN_TOTP, writes: false },
    summary: 'Whether your account signs in with a second factor (TOTP), or has one being enrolled',
    responses: [{ status: 200, description: 'The state; never the secret.', schema: TotpStatusSchema }],
    handle: async ({ store }, c) => {
      const totp = await store.secondFactors.totp(ownAccount(c));
      return c.json({ enabled: totp?.confirmed === true, pending: totp !== undefined && !totp.confirmed });
    },
  }),
  op({
    id: 'totpEnrol',
    method: 'post',
    path: '/api/v1/auth/totp',
    tag: 'accounts',
    auth: OWN_TOTP,
    summary: 'Start enrolling a second factor: a new secret, shown this once',
    description: 'Sign-in asks for a code only after `totp/confirm` accepts a first one. Starting again replaces a pending secret.',
    responses: [{ status: 201, description: 'The secret and the `otpauth://` URI for the QR code.', schema: TotpEnrolmentSchema }],
    errors: { 409: '`totp-enabled`: a second factor is in place; remove it first.' },
    handle: async ({ store }, c) => {
      const username = ownAccount(c);
      const secret = newTotpSecret();
      if (!(await store.secondFactors.begin(username, secret))) {
        throw new ApiError(409, 'totp-enabled', 'a second factor is in place; remove it before enrolling another');
      }
      return c.json({ secret, otpauthUri: otpauthUri(ISSUER, username, secret) }, 201);
    },
  }),
  op({
    id: 'totpConfirm',
    method: 'post',
    path: '/api/v1/auth/totp/confirm',
    tag: 'accounts',
    auth: OWN_TOTP,
    summary: 'Confirm enrolment with the first code the app shows: from now on sign-in needs a code',
    body: { schema: TotpCodeSchema, code: 'invalid-totp-code' },
    responses: [{ status: 200, description: 'Enabled.', schema: TotpStatusSchema }],
    errors: { 400: '`otp-invalid`: the code is wrong or was used.', 409: '`totp-not-pending`: nothing is being enrolled.' },
    handle: async ({ sessions, body }, c) => {
      const { code } = await body();
      await sessions.checkCode(ownAccount(c), code, 'pending');
      return c.json({ enabled: true, pending: false });
    },
  }),
  op({
    id: 'totpDisable',
    method: 'post',
    path: '/api/v1/auth/totp/disable',
    tag: 'accounts',
    auth: OWN_TOTP,
    summary: 'Remove your second factor, with a current code',
    body: { schema: TotpCodeSchema, code: 'invalid-totp-code' },
    responses: [{ status: 204, description: 'Removed: sign-in asks for the password alone.' }],
    errors: { 400: '`otp-invalid`: the code is wrong or was used.', 409: '`totp-off`: no second factor is in place.' },
    handle: async ({ store, sessions, body }, c) => {
      const username = ownAccount(c);
      const { code } = await body();
      if (!(await store.secondFactors.totp(username))?.confirmed) throw new ApiError(409, 'totp-off', 'no second factor is in place');
      await sessions.checkCode(username, code, 'confirmed');
      await store.secondFactors.remove(username);
      return c.body(null, 204);
    },
  }),
  op({
    id: 'resetAccountTotp',
    method: 'delete',
    path: '/api/v1/admin/users/:username/totp',
    tag: 'accounts',
    auth: ADMIN_ONLY,
    summary: 'Remove an account’s second factor (a lost phone): an admin’s call',
    responses: [{ status: 204, description: 'Removed.' }],
    errors: { 404: '`totp-off`: the account has no second factor.' },
    handle: async ({ store, param }, c) => {
      const username = param('username');
      if (!(await store.secondFactors.remove(username))) throw new ApiError(404, 'totp-off', `"${username}" has no second factor`);
      noteAudit(c, { target: username });
      return c.body(null, 204);
    },
  }),
];
