import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { Hono } from 'hono';
import { clientAddress, TokenBuckets } from './rate-limit.js';
import { backends } from './test-support/backends.js';
import { apiClient, HALL } from './test-support/http.js';

describe('token buckets', () => {
  test('let a burst up to the capacity through, then one request per refill interval', () => {
    const buckets = new TokenBuckets({ capacity: 3, perMinute: 6 }); // one token every 10 s
    const t = 1_000_000;
    for (let i = 0; i < 3; i++) assert.deepEqual(buckets.take('a', t), { ok: true });
    assert.deepEqual(buckets.take('a', t), { ok: false, retryAfterSeconds: 10 });
    assert.deepEqual(buckets.take('a', t + 4_000), { ok: false, retryAfterSeconds: 6 });
    assert.deepEqual(buckets.take('a', t + 10_000), { ok: true });
    assert.deepEqual(buckets.take('b', t), { ok: true }, 'each client has its own bucket');
  });

  test('never hold more than the capacity, however long a client was away', () => {
    const buckets = new TokenBuckets({ capacity: 2, perMinute: 60 });
    buckets.take('a', 0);
    const later = 3_600_000;
    assert.equal(buckets.take('a', later).ok, true);
    assert.equal(buckets.take('a', later).ok, true);
    assert.equal(buckets.take('a', later).ok, false);
  });

  test('forget the least recently seen client past the size bound, which then starts full again', () => {
    const buckets = new TokenBuckets({ capacity: 1, perMinute: 1 }, 2);
    buckets.take('a', 0);
    buckets.take('b', 0);
    buckets.take('c', 0);
    assert.equal(buckets.take('b', 0).ok, false, 'b is still remembered');
    assert.equal(buckets.take('a', 0).ok, true, 'a was forgotten');
  });
});

describe('client address', () => {
  const seen = async (trustProxy: boolean, forwarded?: string) => {
    const app = new Hono();
    app.get('/', (c) => c.text(clientAddress(trustProxy)(c)));
    return (await app.request('/', { headers: forwarded ? { 'x-forwarded-for': forwarded } : {} })).text();
  };

  test('X-Forwarded-For counts only behind a trusted proxy, and only the entry that proxy appended', async () => {
    assert.equal(await seen(false, '203.0.113.9'), 'unknown');
    assert.equal(await seen(true, '198.51.100.1, 203.0.113.9'), '203.0.113.9');
    assert.equal(await seen(true), 'unknown');
  });
});

for (const backend of backends()) {
  describe(`rate limits of the public web channel on ${backend.name}`, { skip: backend.skip }, () => {
    test('past the limit a client gets 429 with Retry-After and a clear message; another client does not', async () => {
      const db = await backend.fresh();
      try {
        const call = apiClient(db.store, {
          publicChannel: {
            limits: { complaints: { capacity: 2, perMinute: 1 } },
            clientKey: (c) => c.req.header('x-test-client') ?? 'unknown',
          },
        });
        await call('POST', '/admin/stations', HALL);
        const complaint = { stationId: 'hall', category: 'other', description: '排队叫号系统故障', wantsReply: false };
        const as = (client: string) => ({ 'x-test-client': client });
        assert.equal((await call('POST', '/public/complaints', complaint, null, as('a'))).status, 201);
        assert.equal((await call('POST', '/public/complaints', complaint, null, as('a'))).status, 201);
        const refused = await call('POST', '/public/complaints', complaint, null, as('a'));
        assert.equal(refused.status, 429);
        // One token a minute: the wait is up to 60 s, less whatever time the calls above took.
        const wait = Number(refused.headers.get('retry-after'));
        assert.ok(wait >= 55 && wait <= 60, `Retry-After ${wait}`);
        assert.equal(refused.body.error.code, 'too-many-requests');
        assert.match(refused.body.error.message, new RegExp(`try again in ${wait} seconds`));
        assert.equal((await call('POST', '/public/complaints', complaint, null, as('b'))).status, 201);
        assert.equal(
          (await call('GET', '/public/stations/hall/results?month=2026-11', undefined, null, as('a'))).status,
          200,
          'reads have their own bucket',
        );
      } finally {
        await db.dispose();
      }
    });
  });
}
