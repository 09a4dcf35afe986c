/** The named schemas of sign-in and account management, for components.ts. */
import type * as z from 'zod/mini';
import {
  AccountListSchema,
  AccountPatchSchema,
  AccountSchema,
  LoginAnswerSchema,
  LoginRequestSchema,
  MeSchema,
  NewAccountSchema,
  PasswordChangeSchema,
  UserSchema,
} from '../schemas/accounts.js';
import { ComplaintContactSchema } from '../schemas/contact.js';
import { ProvidersSchema, TotpCodeSchema, TotpEnrolmentSchema, TotpStatusSchema } from '../schemas/sign-in.js';

export function registerAccountComponents(add: (schema: z.ZodMiniType, id: string, description?: string) => void): void {
  add(LoginRequestSchema, 'LoginRequest');
  add(LoginAnswerSchema, 'LoginAnswer', 'The session token is shown this once; send it as `Authorization: Bearer <token>`.');
  add(UserSchema, 'User');
  add(MeSchema, 'Me', 'Who the credential stands for; the admin token is `admin-token`.');
  add(PasswordChangeSchema, 'PasswordChange', 'At least 10 characters, none of the commonest passwords.');
  add(AccountSchema, 'Account');
  add(AccountListSchema, 'AccountList');
  add(NewAccountSchema, 'NewAccount', 'A supervisor’s or observer’s `regionId`, a manager’s or clerk’s `stationId`, neither for an admin.');
  add(AccountPatchSchema, 'AccountPatch', 'A `password` is a reset: the person chooses a new one at their next sign-in.');
  add(ComplaintContactSchema, 'ComplaintContact', 'The whole phone number: every read is recorded in the audit trail.');
  add(ProvidersSchema, 'SignInProviders', 'The single sign-on offered (its button text), or `null` when none is configured.');
  add(TotpStatusSchema, 'TotpStatus');
  add(TotpEnrolmentSchema, 'TotpEnrolment', 'Shown this once: the secret never appears in an answer again.');
  add(TotpCodeSchema, 'TotpCode', 'The 6-digit code the authenticator app shows now.');
}
