import assert from 'node:assert/strict';
import { test } from 'node:test';
import { configFromEnv } from '../config.js';
import { oidcSettingsFromEnv } from './oidc-settings.js';

const FULL = {
  MANYI_OIDC_ISSUER: 'https://sso.zj.gov.cn/oidc',
  MANYI_OIDC_CLIENT_ID: 'manyi',
  MANYI_OIDC_CLIENT_SECRET: 'secret',
  MANYI_OIDC_REDIRECT_BASE: 'https://manyi.hz.gov.cn',
  MANYI_OIDC_ROLE_CLAIM: 'groups',
  MANYI_OIDC_ROLE_MAP: '{"manyi-admins":{"role":"admin"},"hz":{"role":"supervisor","regionId":"hz"}}',
};

test('no MANYI_OIDC_* variable: single sign-on is off', () => {
  assert.equal(oidcSettingsFromEnv({ PORT: '8080', MANYI_OIDC_LABEL: '' }), undefined);
  assert.equal(configFromEnv({}).oidc, undefined);
  assert.equal(configFromEnv(FULL).oidc?.clientId, 'manyi', 'the collector’s settings carry it');
});

test('a full set: the callback address, the default label, and the role map in its order', () => {
  const s = oidcSettingsFromEnv(FULL);
  assert.equal(s?.redirectUri, 'https://manyi.hz.gov.cn/api/v1/auth/oidc/callback');
  assert.equal(s?.label, '统一身份认证');
  assert.deepEqual(s?.roleMap, [
    ['manyi-admins', { role: 'admin' }],
    ['hz', { role: 'supervisor', regionId: 'hz' }],
  ]);
});

test('a missing or wrong setting stops start-up naming it', () => {
  const refused = (change: Record<string, string | undefined>, pattern: RegExp) =>
    assert.throws(() => oidcSettingsFromEnv({ ...FULL, ...change }), pattern);
  refused({ MANYI_OIDC_CLIENT_ID: undefined }, /MANYI_OIDC_CLIENT_ID/);
  refused({ MANYI_OIDC_ISSUER: 'sso.zj.gov.cn' }, /MANYI_OIDC_ISSUER/);
  refused({ MANYI_OIDC_ISSUER: 'http://sso.zj.gov.cn' }, /must be https.*MANYI_OIDC_ALLOW_HTTP/);
  refused({ MANYI_OIDC_ROLE_MAP: '{manyi-admins: admin}' }, /MANYI_OIDC_ROLE_MAP: not JSON/);
  refused({ MANYI_OIDC_ROLE_MAP: '{"hz":{"role":"supervisor"}}' }, /MANYI_OIDC_ROLE_MAP.*regionId/);
  refused({ MANYI_OIDC_ROLE_MAP: '{"x":{"role":"boss"}}' }, /MANYI_OIDC_ROLE_MAP.*role/);
  refused({ MANYI_OIDC_SCOPES: 'profile' }, /MANYI_OIDC_SCOPES.*openid/);
});
