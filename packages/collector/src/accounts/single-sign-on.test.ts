/**
 * Single sign-on against a real OpenID Connect provider (oidc-provider) on a local port: the
 * collector's start and callback driven as a browser would, through the provider's own login
 * and consent forms, authorization code with PKCE.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createApp } from '../app.js';
import { hashSecret } from '../credentials.js';
import { jsonLogger } from '../log.js';
import { SqliteStore } from '../store/sqlite.js';
import { ADMIN_TOKEN, NO_ACCESS_LIMITS } from '../test-support/http.js';
import { CLIENT, REDIRECT_BASE, signInAtProvider, startProvider } from '../test-support/oidc-provider.js';
import { seedPeople } from '../test-support/people.js';
import { oidcSettingsFromEnv } from './oidc-settings.js';

const PEOPLE = {
  alice: { preferred_username: 'Alice', name: '张丽', groups: ['staff', 'hz-supervisors'] },
  bob: { preferred_username: 'bob', name: '王博', groups: ['staff'] },
  carol: { preferred_username: 'carol', name: '陈卡', groups: ['manyi-admins'] },
  dave: { preferred_username: 'dave', name: '戴维', groups: ['manyi-admins'] },
};

describe('single sign-on (OpenID Connect, a real provider)', () => {
  const store = new SqliteStore(':memory:');
  const logLines: string[] = [];
  let idp: Awaited<ReturnType<typeof startProvider>>;
  let app: ReturnType<typeof createApp>;
  let env: Record<string, string>;

  before(async () => {
    idp = await startProvider(PEOPLE);
    await store.migrate();
    env = {
      MANYI_OIDC_ISSUER: idp.issuer,
      MANYI_OIDC_CLIENT_ID: CLIENT.id,
      MANYI_OIDC_CLIENT_SECRET: CLIENT.secret,
      MANYI_OIDC_REDIRECT_BASE: REDIRECT_BASE,
      MANYI_OIDC_ALLOW_HTTP: 'true',
      MANYI_OIDC_ROLE_CLAIM: 'groups',
      MANYI_OIDC_ROLE_MAP: JSON.stringify({ 'manyi-admins': { role: 'admin' }, 'hz-supervisors': { role: 'supervisor', regionId: 'hz' } }),
    };
    const oidc = oidcSettingsFromEnv(env);
    const log = jsonLogger((line) => logLines.push(line), 'debug');
    app = createApp({ store, adminTokenHash: hashSecret(ADMIN_TOKEN), log, accessLimits: NO_ACCESS_LIMITS, sessions: { oidc } });
    await app.request('/api/v1/admin/regions/hz', {
      method: 'PUT',
      headers: { authorization: `Bearer ${ADMIN_TOKEN}`, 'content-type': 'application/json' },
      body: JSON.stringify({ name: '杭州市' }),
    });
    await seedPeople(store, [{ username: 'dave', role: 'observer', regionId: 'hz' }]);
  });
  after(async () => {
    await idp?.close();
    await store.close();
  });

  /** Start at the collector, sign in at the provider as `login`, and come back (the return URL altered by `tamper`). */
  async function signIn(login: string, tamper: (back: URL) => void = () => {}) {
    const start = await app.request('/api/v1/auth/oidc/start');
    assert.equal(start.status, 302, await start.text());
    const authorization = new URL(start.headers.get('location') ?? '');
    const flowCookie =
      start.headers
        .getSetCookie()
        .find((c) => c.startsWith('manyi_oidc_flow='))
        ?.split(';')[0] ?? '';
    const back = await signInAtProvider(authorization.href, login);
    tamper(back);
    const callback = await app.request(`${back.pathname}${back.search}`, { headers: { cookie: flowCookie } });
    const session = callback.headers.getSetCookie().find((c) => c.startsWith('manyi_session='));
    return { authorization, flowCookie, callback, session, page: await callback.text() };
  }

  /** Who the session in a `Set-Cookie: manyi_session=…` line stands for. */
  const me = async (cookie: string) => {
    const token = cookie.split(';')[0]?.split('=')[1];
    return (await app.request('/api/v1/auth/me', { headers: { authorization: `Bearer ${token}` } })).json();
  };

  test('the sign-in page is told which provider to offer', async () => {
    assert.deepEqual(await (await app.request('/api/v1/auth/providers')).json(), { oidc: { label: '统一身份认证' } });
  });

  test('a provider that cannot be reached gets a page saying so', async () => {
    const settings = oidcSettingsFromEnv({ ...env, MANYI_OIDC_ISSUER: 'http://127.0.0.1:9/oidc' });
    const away = createApp({ store, adminTokenHash: hashSecret(ADMIN_TOKEN), log: jsonLogger(() => {}), sessions: { oidc: settings } });
    const start = await away.request('/api/v1/auth/oidc/start');
    assert.equal(start.status, 502);
    assert.match(await start.text(), /暂时无法连接统一身份认证/);
  });

  test('a mapped person signs in with PKCE and lands on the dashboard with their role and region', async () => {
    const { authorization, flowCookie, callback, session } = await signIn('alice');
    assert.equal(authorization.origin, idp.issuer);
    assert.equal(authorization.searchParams.get('code_challenge_method'), 'S256');
    assert.ok(authorization.searchParams.get('code_challenge') && authorization.searchParams.get('nonce'));
    const state = authorization.searchParams.get('state') ?? '';
    assert.ok(!flowCookie.includes(state), 'the browser holds a flow id, not the state');
    assert.equal(callback.status, 302);
    assert.equal(callback.headers.get('location'), '/admin/');
    assert.ok(session, 'a session cookie');
    assert.match(session, /HttpOnly/);
    // Strict is enough: the cookie is set on the top-level return from the provider, and the
    // dashboard's own calls that follow are same-site.
    assert.match(session, /SameSite=Strict/);
    assert.match(session, /Path=\/api\/v1\//);
    assert.deepEqual(await me(session), { username: 'alice', displayName: '张丽', role: 'supervisor', regionId: 'hz' });
    const [entry] = await store.audit.list({ action: 'oidcCallback', limit: 10 });
    assert.deepEqual([entry?.actor, entry?.role, entry?.target], ['alice', 'supervisor', 'alice']);
    assert.ok(!logLines.some((l) => l.includes(state)), 'the state is in no log line');

    const again = await signIn('alice');
    assert.equal(again.callback.status, 302, 'the linked account signs in again');
    assert.equal((await store.accounts.list()).filter((a) => a.username === 'alice').length, 1);
  });

  test('a person whose claims map to no role is refused with a page saying so, and no account', async () => {
    const { callback, session, page } = await signIn('bob');
    assert.equal(callback.status, 403);
    assert.equal(session, undefined);
    assert.match(page, /未被授予满意系统的任何角色/);
    assert.equal(await store.accounts.get('bob'), undefined);
  });

  test('an identity never takes over a local account of the same name', async () => {
    const { callback, session, page } = await signIn('dave');
    assert.equal(callback.status, 403);
    assert.equal(session, undefined);
    assert.match(page, /oidc-name-taken/);
    assert.equal((await store.accounts.get('dave'))?.role, 'observer');
  });

  test('a tampered state, or a callback without the flow cookie, is refused', async () => {
    const tampered = await signIn('carol', (back) => back.searchParams.set('state', `${back.searchParams.get('state')}x`));
    assert.equal(tampered.callback.status, 400);
    assert.match(tampered.page, /oidc-refused/);
    assert.equal(tampered.session, undefined);
    assert.equal(await store.accounts.get('carol'), undefined);
    const start = await app.request('/api/v1/auth/oidc/start');
    const back = await signInAtProvider(start.headers.get('location') ?? '', 'carol');
    const cookieless = await app.request(`${back.pathname}${back.search}`);
    assert.equal(cookieless.status, 400);
    assert.match(await cookieless.text(), /oidc-flow-unknown/);
    assert.equal(
      cookieless.headers.getSetCookie().some((c) => c.startsWith('manyi_session=')),
      false,
    );
  });
});
