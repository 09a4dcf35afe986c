import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createApp } from './app.js';
import { hashSecret } from './credentials.js';
import { silentLogger } from './log.js';
import { SqliteStore } from './store/sqlite.js';

const ADMIN = 'limits-admin-token-0123456789';

async function collector() {
  const store = new SqliteStore(':memory:');
  await store.migrate();
  const app = createApp({
    store,
    adminTokenHash: hashSecret(ADMIN),
    log: silentLogger,
    metricsAccess: { public: true },
    accessLimits: {
      limits: { enroll: { capacity: 2, perMinute: 1 }, adminFailures: { capacity: 3, perMinute: 1 } },
      clientKey: (c) => c.req.header('x-client') ?? 'unknown',
    },
  });
  const admin = (client: string, token?: string) =>
    app.request('/api/v1/admin/regions', { headers: { 'x-client': client, ...(token ? { authorization: `Bearer ${token}` } : {}) } });
  const enroll = (client: string) =>
    app.request('/api/v1/devices/enroll', { method: 'POST', headers: { 'x-client': client }, body: JSON.stringify({ code: 'AAAA-AAAA' }) });
  const metric = async (name: string) => {
    const text = await (await app.request('/metrics')).text();
    return Number(
      text
        .split('\n')
        .find((line) => line.startsWith(`${name} `))
        ?.split(' ')[1],
    );
  };
  return { store, admin, enroll, metric };
}

describe('rate limits on access', () => {
  test('after too many wrong admin tokens an address waits, even with the right token; other addresses do not', async () => {
    const { store, admin, metric } = await collector();
    try {
      for (let i = 0; i < 3; i++) assert.equal((await admin('guesser', `wrong-token-${i}`)).status, 401);
      const locked = await admin('guesser', 'wrong-token-3');
      assert.equal(locked.status, 429);
      assert.ok(Number(locked.headers.get('retry-after')) >= 1);
      assert.equal(((await locked.json()) as { error: { code: string } }).error.code, 'too-many-requests');
      assert.equal((await admin('guesser', ADMIN)).status, 429, 'a 429 must not tell a guesser which tokens were wrong');
      assert.equal((await admin('office', ADMIN)).status, 200);
      assert.equal(await metric('manyi_admin_token_failures_total'), 3);
      assert.equal(await metric('manyi_rate_limited_total{limit="admin-token"}'), 2);
    } finally {
      await store.close();
    }
  });

  test('calls without any token are no guesses and lock nobody out', async () => {
    const { store, admin, metric } = await collector();
    try {
      for (let i = 0; i < 6; i++) assert.equal((await admin('dashboard')).status, 401);
      assert.equal((await admin('dashboard', ADMIN)).status, 200);
      assert.equal(await metric('manyi_admin_token_failures_total'), 0);
    } finally {
      await store.close();
    }
  });

  test('enrolment attempts are limited per address, and the refusals are counted', async () => {
    const { store, enroll, metric } = await collector();
    try {
      for (let i = 0; i < 2; i++) assert.notEqual((await enroll('script')).status, 429);
      const refused = await enroll('script');
      assert.equal(refused.status, 429);
      assert.ok(refused.headers.get('retry-after'));
      assert.notEqual((await enroll('hall')).status, 429);
      assert.equal(await metric('manyi_rate_limited_total{limit="enroll"}'), 1);
    } finally {
      await store.close();
    }
  });
});
