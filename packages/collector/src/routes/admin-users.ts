import { type AccountScope, mayManage, requireManageable, scopeProblem } from '../accounts/account-rules.js';
import { hashPassword, passwordProblem } from '../accounts/passwords.js';
import { ApiError } from '../errors.js';
import { MANAGE_ACCOUNTS } from '../http/roles.js';
import { op } from '../http/route.js';
import { AccountListSchema, AccountPatchSchema, AccountSchema, NewAccountSchema } from '../schemas/accounts.js';
import type { Account } from '../store/account-store.js';
import type { Store } from '../store/store.js';

const base = { tag: 'accounts', auth: MANAGE_ACCOUNTS } as const;
const notFound = (username: string) => new ApiError(404, 'account-not-found', `no account "${username}"`);

async function checkScope(scope: AccountScope, store: Store): Promise<void> {
  const problem = await scopeProblem(scope, store);
  if (problem) throw new ApiError(400, 'invalid-account', problem);
}

async function checkPassword(password: string, username: string): Promise<string> {
  const problem = passwordProblem(password, username);
  if (problem) throw new ApiError(400, 'weak-password', `password: ${problem}`);
  return hashPassword(password);
}

const scopeOf = (a: Account): AccountScope => ({ role: a.role, regionId: a.regionId, stationId: a.stationId });

/**
 * Named accounts: an admin manages any; a supervisor those below admin within their region, both
 * the account as it is and as a change would make it. A new or reset password must be changed at
 * the next sign-in; a reset or disabling ends the account's sessions at once.
 */
export const ACCOUNT_ROUTES = [
  op({
    ...base,
    id: 'listAccounts',
    method: 'get',
    path: '/api/v1/admin/users',
    summary: 'The accounts you may manage, ordered by username',
    responses: [{ status: 200, description: 'The accounts.', schema: AccountListSchema }],
    handle: async ({ store }, c) => {
      const actor = c.get('actor');
      const items: Account[] = [];
      for (const a of await store.accounts.list()) if (await mayManage(actor, scopeOf(a), store)) items.push(a);
      return c.json({ items });
    },
  }),
  op({
    ...base,
    id: 'createAccount',
    method: 'post',
    path: '/api/v1/admin/users',
    summary: 'Create a named account; its person chooses a new password at first sign-in',
    body: { schema: NewAccountSchema, code: 'invalid-account' },
    responses: [{ status: 201, description: 'Created.', schema: AccountSchema }],
    errors: { 403: 'Outside the region you manage.', 409: 'The username is taken (deleted accounts keep theirs).' },
    handle: async ({ store, body }, c) => {
      const { password, ...fields } = await body();
      await requireManageable(c.get('actor'), fields, store);
      await checkScope(fields, store);
      const passwordHash = await checkPassword(password, fields.username);
      if (!(await store.accounts.create({ ...fields, passwordHash, mustChangePassword: true }))) {
        throw new ApiError(409, 'account-exists', `the username "${fields.username}" is taken`);
      }
      c.header('Location', `/api/v1/admin/users/${fields.username}`);
      return c.json(await store.accounts.get(fields.username), 201);
    },
  }),
  op({
    ...base,
    id: 'updateAccount',
    method: 'patch',
    path: '/api/v1/admin/users/:username',
    summary: 'Change an account: name, role and scope, reset its password, disable or enable it',
    body: { schema: AccountPatchSchema, code: 'invalid-account' },
    responses: [{ status: 200, description: 'The account as it is now.', schema: AccountSchema }],
    errors: { 403: 'Outside the region you manage.', 404: 'No such account.' },
    handle: async ({ store, body, param }, c) => {
      const username = param('username');
      const patch = await body();
      const actor = c.get('actor');
      const current = await store.accounts.get(username);
      if (!current) throw notFound(username);
      await requireManageable(actor, scopeOf(current), store);
      const next: AccountScope = {
        role: patch.role ?? current.role,
        regionId: patch.regionId === null ? undefined : (patch.regionId ?? current.regionId),
        stationId: patch.stationId === null ? undefined : (patch.stationId ?? current.stationId),
      };
      await requireManageable(actor, next, store);
      await checkScope(next, store);
      const { password, ...change } = patch;
      const reset = password === undefined ? {} : { passwordHash: await checkPassword(password, username), mustChangePassword: true };
      const account = await store.accounts.update(username, { ...change, ...reset });
      if (!account) throw notFound(username);
      return c.json(account);
    },
  }),
  op({
    ...base,
    id: 'deleteAccount',
    method: 'delete',
    path: '/api/v1/admin/users/:username',
    summary: 'Delete an account: its sessions end; its name stays taken, so the audit keeps meaning one person',
    responses: [{ status: 204, description: 'Deleted.' }],
    errors: { 403: 'Outside the region you manage.', 404: 'No such account.' },
    handle: async ({ store, param }, c) => {
      const username = param('username');
      const current = await store.accounts.get(username);
      if (!current) throw notFound(username);
      await requireManageable(c.get('actor'), scopeOf(current), store);
      await store.accounts.delete(username);
      return c.body(null, 204);
    },
  }),
];
