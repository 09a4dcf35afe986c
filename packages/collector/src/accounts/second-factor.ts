/**
 * The second factor at sign-in and when enrolling or removing it: which answer a code gets.
 * Throttling is the caller's (Sessions), on the same per-account budget as wrong passwords.
 */
import { ApiError } from '../errors.js';
import type { Role } from '../http/actor.js';
import type { Store } from '../store/store.js';
import { matchingStep } from './totp.js';

/** Who may enrol TOTP: the accounts that can change the most. */
export const TOTP_ROLES: readonly Role[] = ['admin', 'supervisor'];

export const otpRequired = () =>
  new ApiError(401, 'otp-required', 'this account signs in with a second factor: send the 6-digit code from its app as "otp"');
const otpInvalid = () => new ApiError(401, 'otp-invalid', 'the code is wrong or was already used; wait for the next code');

/**
 * Refuses a code that is missing, wrong, or already used (each 30-second code works once).
 * `state` says which TOTP the code must belong to: a confirmed one (sign-in, removal) or one
 * being enrolled. Undefined when the code passes, or when the account has no confirmed TOTP
 * (sign-in then asks for no code; removal checks for one first).
 */
export async function codeRefusal(
  store: Store,
  username: string,
  code: string | undefined,
  state: 'confirmed' | 'pending',
  at = Date.now(),
): Promise<ApiError | undefined> {
  const totp = await store.secondFactors.totp(username);
  if (!totp || totp.confirmed !== (state === 'confirmed')) {
    return state === 'confirmed'
      ? undefined
      : new ApiError(409, 'totp-not-pending', 'nothing is being enrolled: start with POST /api/v1/auth/totp');
  }
  if (code === undefined || code === '') return otpRequired();
  const step = matchingStep(totp.secret, code, at);
  if (step === undefined || !(await store.secondFactors.use(username, step))) return otpInvalid();
  return undefined;
}
