/**
 * Bodies anyone may send before showing a credential (enrolment, sign-in, a citizen's rating or
 * complaint) are bounded before they are parsed: a smaller size (413) and a nesting depth (400),
 * each with its code and a sentence. Refused credentials are counted for an alert.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { PUBLIC_MAX_BODY_BYTES } from './body-limit.js';
import { MAX_JSON_DEPTH, nestsDeeperThan } from './http/json-depth.js';
import { demoCollector } from './test-support/demo-collector.js';

const ADMIN = 'public-bodies-admin-token-0123456789';
const PUBLIC_BODY_ROUTES = ['/api/v1/devices/enroll', '/api/v1/auth/login', '/api/v1/public/ratings', '/api/v1/public/complaints'];
const UNLIMITED = { capacity: 1_000_000, perMinute: 1_000_000 };

const collector = () =>
  demoCollector(ADMIN, {
    metricsAccess: { public: true },
    publicChannel: { limits: { complaints: UNLIMITED, ratings: UNLIMITED, reads: UNLIMITED } },
    accessLimits: { limits: { enroll: UNLIMITED, login: UNLIMITED } },
  });

const nested = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;

async function errorOf(response: Response): Promise<{ status: number; code: string; message: string }> {
  const { error } = (await response.json()) as { error: { code: string; message: string } };
  return { status: response.status, ...error };
}

describe('bodies of routes open to anyone', () => {
  test('nesting is measured from the text, brackets inside strings not counted', () => {
    assert.equal(nestsDeeperThan(nested(MAX_JSON_DEPTH), MAX_JSON_DEPTH), false);
    assert.equal(nestsDeeperThan(nested(MAX_JSON_DEPTH + 1), MAX_JSON_DEPTH), true);
    assert.equal(nestsDeeperThan(JSON.stringify({ comment: '[[[[{{{{'.repeat(20) }), 2), false);
    assert.equal(nestsDeeperThan(`${JSON.stringify({ comment: 'a "quoted" \\ [' })}[[[[`, 3), true);
  });

  test('a body past the public bound, far below the 1 MiB of a batch, is refused with 413 unread', async () => {
    const { app, store } = await collector();
    try {
      const body = JSON.stringify({ code: 'ABCD-EFGH', pad: 'x'.repeat(PUBLIC_MAX_BODY_BYTES) });
      for (const url of PUBLIC_BODY_ROUTES) {
        const announced = await app.request(url, { method: 'POST', body });
        const streamed = await app.request(url, { method: 'POST', body: new Blob([body]).stream(), duplex: 'half' } as RequestInit);
        for (const response of [announced, streamed]) {
          const error = await errorOf(response);
          assert.equal(error.status, 413, url);
          assert.equal(error.code, 'body-too-large', url);
          assert.match(error.message, new RegExp(`larger than ${PUBLIC_MAX_BODY_BYTES} bytes; .*few kilobytes`), url);
        }
      }
    } finally {
      await store.close();
    }
  });

  test('a body nested past the depth limit is refused with 400 before parsing; at the limit it is judged as usual', async () => {
    const { app, store } = await collector();
    try {
      for (const url of PUBLIC_BODY_ROUTES) {
        const deep = await errorOf(await app.request(url, { method: 'POST', body: nested(20_000) }));
        assert.deepEqual(deep, {
          status: 400,
          code: 'json-too-deep',
          message: `the request body nests arrays or objects more than ${MAX_JSON_DEPTH} levels deep`,
        });
        const atLimit = await errorOf(await app.request(url, { method: 'POST', body: nested(MAX_JSON_DEPTH) }));
        assert.equal(atLimit.status, 400, url);
        assert.notEqual(atLimit.code, 'json-too-deep', `${url}: ${MAX_JSON_DEPTH} levels are allowed`);
      }
    } finally {
      await store.close();
    }
  });

  test('wrong passwords and enrollment codes are counted on /metrics for an alert', async () => {
    const { app, store } = await collector();
    try {
      const failures = async () => {
        const text = await (await app.request('/metrics')).text();
        const count = (credential: string) =>
          Number(new RegExp(`^manyi_credential_failures_total\\{credential="${credential}"\\} (\\d+)$`, 'm').exec(text)?.[1]);
        return { password: count('password'), enrollmentCode: count('enrollment-code') };
      };
      assert.deepEqual(await failures(), { password: 0, enrollmentCode: 0 });
      for (let i = 0; i < 3; i++) {
        const login = await app.request('/api/v1/auth/login', {
          method: 'POST',
          body: JSON.stringify({ username: 'nobody', password: `guess-${i}-0123456789` }),
        });
        assert.equal(login.status, 401);
      }
      const enrol = await app.request('/api/v1/devices/enroll', { method: 'POST', body: JSON.stringify({ code: 'WXYZ-2345' }) });
      assert.equal(enrol.status, 401);
      const malformed = await app.request('/api/v1/devices/enroll', { method: 'POST', body: '{}' });
      assert.equal(malformed.status, 400, 'a malformed request is no credential tried');
      assert.deepEqual(await failures(), { password: 3, enrollmentCode: 1 });
    } finally {
      await store.close();
    }
  });
});
