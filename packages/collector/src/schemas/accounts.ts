/** Request and answer shapes of sign-in and account management (CONTRACT "Accounts, roles and audit"). */
import { Slug, Text } from '@manyi/core';
import * as z from 'zod/mini';

export const RoleSchema = z.enum(['admin', 'supervisor', 'observer', 'manager', 'clerk']);

/** Lower-case letters, digits, dot, dash and underscore: a name that reads the same in every log. */
export const UsernameSchema = z.string().check(z.regex(/^[a-z0-9][a-z0-9._-]{1,39}$/, 'use 2–40 lower-case letters, digits, . _ or -'));

/** A password as typed; the policy (length, common passwords) is judged apart, so its message can say why. */
const Password = z.string().check(z.minLength(1, 'must not be empty'), z.maxLength(200));

/** `otp`: the 6-digit code of an account with a second factor (TOTP). */
export const LoginRequestSchema = z.strictObject({
  username: z.string().check(z.maxLength(100)),
  password: Password,
  otp: z.optional(z.string().check(z.maxLength(10))),
});

export const UserSchema = z.object({
  username: z.string(),
  displayName: z.string(),
  role: RoleSchema,
  regionId: z.optional(z.string()),
  stationId: z.optional(z.string()),
});

export const LoginAnswerSchema = z.object({
  token: z.string(),
  user: UserSchema,
  mustChangePassword: z.optional(z.boolean()),
});

export const PasswordChangeSchema = z.strictObject({ current: Password, next: Password });

/** `GET /api/v1/auth/me`: who the credential stands for (the admin token is `admin-token`). */
export const MeSchema = z.object({
  username: z.string(),
  displayName: z.optional(z.string()),
  role: RoleSchema,
  regionId: z.optional(z.string()),
  stationId: z.optional(z.string()),
  mustChangePassword: z.optional(z.boolean()),
});

export const AccountSchema = z.extend(UserSchema, {
  mustChangePassword: z.boolean(),
  disabled: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export const AccountListSchema = z.object({ items: z.array(AccountSchema) });

/** A scope: a region for supervisors and observers, a station for managers and clerks, none for admins. */
export const NewAccountSchema = z.strictObject({
  username: UsernameSchema,
  password: Password,
  displayName: Text(100),
  role: RoleSchema,
  regionId: z.optional(Slug),
  stationId: z.optional(Slug),
});

/** A `password` here is a reset: the person must choose a new one at their next sign-in. */
export const AccountPatchSchema = z.strictObject({
  displayName: z.optional(Text(100)),
  role: z.optional(RoleSchema),
  regionId: z.optional(z.nullable(Slug)),
  stationId: z.optional(z.nullable(Slug)),
  password: z.optional(Password),
  disabled: z.optional(z.boolean()),
});
