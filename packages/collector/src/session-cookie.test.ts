/**
 * The dashboard's session cookie and its CSRF proof: a page of another site can make the browser
 * send a request with the cookie (an old browser, a same-site subdomain), but not with the header,
 * so such a request changes nothing. Bearer tokens keep working without either.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { hashPassword } from './accounts/passwords.js';
import type { Store } from './store/store.js';
import { backends } from './test-support/backends.js';
import { type ApiCall, apiClient } from './test-support/http.js';

const [sqlite] = backends();
const PASSWORD = 'Lantern-Orchid-42';
const DASHBOARD = { 'x-manyi-csrf': '1' };

/** The `manyi_session=…` pair a Set-Cookie header sets, and its attributes. */
function cookieOf(answer: { headers: Headers }): { pair: string; attributes: string } | undefined {
  const header = answer.headers.get('set-cookie');
  const match = header ? /^(manyi_session=[^;]*);\s*(.*)$/.exec(header) : null;
  return match ? { pair: match[1] as string, attributes: match[2] as string } : undefined;
}

describe('session cookie and CSRF (SQLite)', () => {
  let db: Awaited<ReturnType<NonNullable<typeof sqlite>['fresh']>>;
  let store: Store;
  let call: ApiCall;
  before(async () => {
    db = await (sqlite as NonNullable<typeof sqlite>).fresh();
    store = db.store;
    call = apiClient(store);
    const passwordHash = await hashPassword(PASSWORD);
    await store.accounts.create({ username: 'wang.admin', displayName: '王管理', role: 'admin', passwordHash, mustChangePassword: false });
    await store.accounts.create({ username: 'li.other', displayName: '李', role: 'admin', passwordHash, mustChangePassword: false });
  });
  after(() => db?.dispose());

  const signIn = async () => {
    const answer = await call('POST', '/auth/login', { username: 'wang.admin', password: PASSWORD }, null, DASHBOARD);
    assert.equal(answer.status, 200);
    return cookieOf(answer);
  };

  test('the dashboard gets an HttpOnly, SameSite=Strict cookie; an API client gets none', async () => {
    const cookie = await signIn();
    assert.ok(cookie, 'a cookie is set when the dashboard asks');
    assert.match(cookie.pair, /^manyi_session=mss_/);
    assert.match(cookie.attributes, /HttpOnly/);
    assert.match(cookie.attributes, /SameSite=Strict/);
    assert.match(cookie.attributes, /Path=\/api\/v1\//);
    const plain = await call('POST', '/auth/login', { username: 'wang.admin', password: PASSWORD }, null);
    assert.equal(plain.status, 200);
    assert.equal(cookieOf(plain), undefined, 'no cookie without the dashboard header');
    assert.equal((await call('GET', '/auth/me', undefined, plain.body.token)).body.username, 'wang.admin', 'bearer still works');
  });

  test('a cross-site change with the cookie but without the CSRF header changes nothing', async () => {
    const cookie = (await signIn())?.pair as string;
    const me = await call('GET', '/auth/me', undefined, null, { cookie });
    assert.equal(me.body.username, 'wang.admin', 'reads need only the cookie');

    const forged = await call('PATCH', '/admin/users/li.other', { disabled: true }, null, { cookie });
    assert.equal(forged.status, 403);
    assert.equal(forged.body.error.code, 'csrf-missing');
    assert.equal((await store.accounts.get('li.other'))?.disabled, false, 'the account is untouched');
    const forgedLogout = await call('POST', '/auth/logout', undefined, null, { cookie });
    assert.equal(forgedLogout.status, 403, 'nor can another site sign the person out');

    const proven = await call('PATCH', '/admin/users/li.other', { displayName: '李四' }, null, { cookie, ...DASHBOARD });
    assert.equal(proven.status, 200, 'the dashboard, sending the header, may');
    assert.equal((await store.accounts.get('li.other'))?.displayName, '李四');
    const entries = await store.audit.list({ actor: 'wang.admin', limit: 50 });
    assert.deepEqual(
      entries.filter((e) => e.action !== 'login').map((e) => [e.action, e.outcome]),
      [['updateAccount', 200]],
      'recorded under the account, the refused forgery left no trace of a change',
    );
  });

  test('signing out ends the session and clears the cookie', async () => {
    const cookie = (await signIn())?.pair as string;
    const out = await call('POST', '/auth/logout', undefined, null, { cookie, ...DASHBOARD });
    assert.equal(out.status, 204);
    assert.match(out.headers.get('set-cookie') ?? '', /manyi_session=;.*Max-Age=0/);
    assert.equal((await call('GET', '/auth/me', undefined, null, { cookie })).status, 401, 'the old cookie no longer signs in');
  });
});
