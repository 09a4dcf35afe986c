/**
 * The account a single sign-on identity signs in as: the one linked to it, brought in line with
 * the role and scope the provider's claims grant now; or, on a first sign-in, a new account
 * linked to it. A local account of the same name is never taken over.
 */
import { ApiError } from '../errors.js';
import type { Account } from '../store/account-store.js';
import type { Store } from '../store/store.js';
import { scopeProblem } from './account-rules.js';
import type { SsoIdentity } from './single-sign-on.js';

/** Stands where a password hash would: no password matches it (passwords.ts reads only `scrypt$…`). */
const NO_PASSWORD = 'sso$no-password';

const refused = (code: string, message: string) => new ApiError(403, code, message);

export async function accountForIdentity(store: Store, identity: SsoIdentity): Promise<Account> {
  const { scope } = identity;
  const problem = await scopeProblem(scope, store);
  if (problem) throw refused('oidc-scope-missing', `the role this identity is granted names what Manyi lacks (${problem}); tell an admin`);
  const linked = await store.accountLinks.username(identity.issuer, identity.subject);
  if (linked === undefined) return create(store, identity);
  const account = await store.accounts.get(linked);
  if (!account || account.disabled) throw refused('account-disabled', `the account "${linked}" is disabled or deleted; ask an admin`);
  const same = account.role === scope.role && account.regionId === scope.regionId && account.stationId === scope.stationId;
  if (same && account.displayName === identity.displayName) return account;
  const updated = await store.accounts.update(linked, {
    displayName: identity.displayName,
    role: scope.role,
    regionId: scope.regionId ?? null,
    stationId: scope.stationId ?? null,
  });
  if (!updated) throw refused('account-disabled', `the account "${linked}" was deleted meanwhile`);
  return updated;
}

async function create(store: Store, identity: SsoIdentity): Promise<Account> {
  const { username, scope } = identity;
  const created = await store.accounts.create({
    username,
    displayName: identity.displayName,
    role: scope.role,
    ...(scope.regionId === undefined ? {} : { regionId: scope.regionId }),
    ...(scope.stationId === undefined ? {} : { stationId: scope.stationId }),
    passwordHash: NO_PASSWORD,
    mustChangePassword: false,
  });
  if (!created) {
    throw refused(
      'oidc-name-taken',
      `a Manyi account "${username}" exists and is not linked to this identity; an admin must rename or remove it`,
    );
  }
  await store.accountLinks.link(identity.issuer, identity.subject, username);
  const account = await store.accounts.get(username);
  if (!account) throw refused('account-disabled', `the account "${username}" could not be read back`);
  return account;
}
