/**
 * Bodies no client should send, on every route that takes one: over 1 MiB (413), nested past any
 * parser's patience, text no database stores, broken JSON. Each is a 4xx with the JSON error body.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { MAX_BODY_BYTES } from './app.js';
import { deepJson, rating } from './test-support/arbitraries.js';
import { backends } from './test-support/backends.js';
import { ADMIN, BODY_ROUTES, expectClientAnswer, type Fixture, fuzzFixture } from './test-support/fuzz-fixture.js';

for (const backend of backends()) {
  describe(`hostile bodies on ${backend.name}`, { skip: backend.skip }, () => {
    let f: Fixture;
    before(async () => {
      f = await fuzzFixture(backend);
    });
    after(() => f.dispose());

    test('a body over 1 MiB is refused with 413 on every route that takes one, announced or streamed', async () => {
      const oversized = JSON.stringify({
        deviceId: f.deviceId,
        sentAt: new Date().toISOString(),
        records: [],
        pad: 'x'.repeat(MAX_BODY_BYTES),
      });
      for (const { method, path: url, admin } of BODY_ROUTES) {
        const headers = { authorization: `Bearer ${admin ? ADMIN : f.deviceToken}`, 'content-type': 'application/json' };
        const announced = await f.app.request(url, { method, headers, body: oversized });
        assert.equal(announced.status, 413, `${method} ${url}`);
        await expectClientAnswer(f, announced, method, `${method} ${url} (1 MiB + )`);
        const streamed = await f.app.request(url, {
          method,
          headers,
          body: new Blob([oversized]).stream(),
          duplex: 'half',
        } as RequestInit);
        assert.equal(streamed.status, 413, `${method} ${url} streamed`);
        await expectClientAnswer(f, streamed, method, `${method} ${url} (streamed 1 MiB +)`);
      }
    });

    test('text no database can store (NUL, lone surrogates) is refused by name; in a batch, only its record', async () => {
      const admin = { authorization: `Bearer ${ADMIN}`, 'content-type': 'application/json' };
      for (const url of [
        '/api/v1/admin/stations/de%00mo',
        '/api/v1/admin/stations/demo/windows/w%00',
        '/api/v1/admin/stats?station=demo%00',
      ]) {
        const response = await f.app.request(url, { headers: admin });
        assert.equal(response.status, 400, url);
        await expectClientAnswer(f, response, 'GET', url);
      }
      for (const name of ['a\u0000b', 'x\uD800', '\uDC00y']) {
        const response = await f.app.request('/api/v1/admin/stations/demo/windows/w77', {
          method: 'PUT',
          headers: admin,
          body: JSON.stringify({ name }),
        });
        assert.equal(response.status, 400);
        assert.match(((await response.json()) as { error: { message: string } }).error.message, /^name: /);
      }
      const good = rating();
      const records = [
        good,
        { ...rating(), comment: 'a\u0000b' },
        { ...rating(), level: 1, answer: 1, reasons: ['slow'], comment: '\uD83D' },
      ];
      const response = await f.app.request('/api/v1/records/batch', {
        method: 'POST',
        headers: { authorization: `Bearer ${f.deviceToken}`, 'content-type': 'application/json' },
        body: JSON.stringify({ deviceId: f.deviceId, sentAt: new Date().toISOString(), records }),
      });
      assert.equal(response.status, 200);
      const { results } = (await response.json()) as { results: { status: string; error?: { message: string } }[] };
      assert.deepEqual(
        results.map((r) => r.status),
        ['accepted', 'rejected', 'rejected'],
      );
      assert.match(results[1]?.error?.message ?? '', /^comment: /);
    });

    test('deep nesting, huge strings and broken JSON are client mistakes', async () => {
      const hostile = [
        `${'['.repeat(200_000)}${']'.repeat(200_000)}`,
        `${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}`,
        `{"deviceId":"${f.deviceId}","sentAt":"${new Date().toISOString()}","records":[${deepJson(50_000)}]}`,
        `{"deviceId":"${f.deviceId}","sentAt":"${new Date().toISOString()}","records":[${JSON.stringify(rating()).replace('}', `,"comment":${deepJson(50_000)}}`)}]}`,
        deepJson(60_000, JSON.stringify({ name: 'x', scale: 5 })),
        JSON.stringify({
          deviceId: f.deviceId,
          sentAt: new Date().toISOString(),
          records: [{ ...rating(), comment: 'x'.repeat(900_000) }],
        }),
        JSON.stringify({ deviceId: f.deviceId, sentAt: new Date().toISOString(), records: Array.from({ length: 501 }, () => rating()) }),
        '{"deviceId": "a", "records": [',
        '\uFEFF{}',
        'null',
        '',
      ];
      for (const { method, path: url, admin } of BODY_ROUTES) {
        const headers = { authorization: `Bearer ${admin ? ADMIN : f.deviceToken}`, 'content-type': 'application/json' };
        for (const text of hostile) {
          const response = await f.app.request(url, { method, headers, body: text });
          await expectClientAnswer(f, response, method, `${method} ${url} ${text.slice(0, 40)}…`);
        }
      }
    });
  });
}
