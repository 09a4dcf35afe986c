import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { configFromEnv } from './config.js';

describe('settings from the environment', () => {
  test('contact details are kept 180 days after closing unless MANYI_CONTACT_RETENTION_DAYS says otherwise', () => {
    assert.equal(configFromEnv({}).contactRetentionDays, 180);
    assert.equal(configFromEnv({ MANYI_CONTACT_RETENTION_DAYS: '30' }).contactRetentionDays, 30);
    assert.equal(configFromEnv({ MANYI_CONTACT_RETENTION_DAYS: '0' }).contactRetentionDays, 0);
    for (const bad of ['-1', '1.5', 'half a year', '4000']) {
      assert.throws(() => configFromEnv({ MANYI_CONTACT_RETENTION_DAYS: bad }), /MANYI_CONTACT_RETENTION_DAYS: /, bad);
    }
  });

  test('the audit trail is kept a year unless MANYI_AUDIT_RETENTION_DAYS says otherwise, and never under six months', () => {
    assert.equal(configFromEnv({}).auditRetentionDays, 365);
    assert.equal(configFromEnv({ MANYI_AUDIT_RETENTION_DAYS: '183' }).auditRetentionDays, 183);
    for (const bad of ['182', '0', '1.5', 'a year']) {
      assert.throws(() => configFromEnv({ MANYI_AUDIT_RETENTION_DAYS: bad }), /MANYI_AUDIT_RETENTION_DAYS: /, bad);
    }
    assert.throws(() => configFromEnv({ MANYI_AUDIT_RETENTION_DAYS: '90' }), /at least 183 days/);
  });

  test('X-Forwarded-For is trusted only when MANYI_TRUST_PROXY=true', () => {
    assert.equal(configFromEnv({}).trustProxy, false);
    assert.equal(configFromEnv({ MANYI_TRUST_PROXY: 'true' }).trustProxy, true);
    assert.throws(() => configFromEnv({ MANYI_TRUST_PROXY: 'yes' }), /MANYI_TRUST_PROXY: /);
  });
});
