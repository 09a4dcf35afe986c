import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { uuidv7 } from '@manyi/core';
import { backends } from './test-support/backends.js';
import { type ApiCall, apiClient, HALL } from './test-support/http.js';

const WEB_RATING = { stationId: 'hall', windowId: 'w2', scale: 5, answer: 4, level: 4 };

for (const backend of backends()) {
  describe(`ratings from the web channel on ${backend.name}`, { skip: backend.skip }, () => {
    const run = (name: string, body: (call: ApiCall) => Promise<void>) =>
      test(name, async () => {
        const db = await backend.fresh();
        try {
          const call = apiClient(db.store);
          await call('POST', '/admin/stations', HALL);
          await body(call);
        } finally {
          await db.dispose();
        }
      });

    run('a web rating is stored once per id and counts in the figures; other content under the id is a conflict', async (call) => {
      const id = uuidv7();
      const first = await call('POST', '/public/ratings', { ...WEB_RATING, id }, null);
      assert.equal(first.status, 201, first.text);
      assert.deepEqual(first.body, { id, status: 'accepted' });
      const again = await call('POST', '/public/ratings', { ...WEB_RATING, id }, null);
      assert.deepEqual([again.status, again.body.status], [200, 'duplicate']);
      const changed = await call('POST', '/public/ratings', { ...WEB_RATING, id, answer: 5, level: 5 }, null);
      assert.equal(changed.status, 409);
      const late = await call('POST', '/public/ratings', { ...WEB_RATING, id: uuidv7(), channel: 'qr', ticket: 'BJ20251103-0042' }, null);
      assert.equal(late.status, 201);

      const stats = await call('GET', '/admin/stats?station=hall&by=window');
      assert.deepEqual(
        stats.body.groups.map((g: { key: string; total: number }) => [g.key, g.total]),
        [['w2', 2]],
      );
      const csv = await call('GET', '/admin/export.csv?station=hall');
      const rows = csv.text.trim().split('\r\n').slice(1);
      assert.equal(rows.length, 2);
      assert.ok(
        rows.every((row) => row.endsWith(',网上提交,,')),
        'provenance web, no device, no division code',
      );
      assert.ok(rows.some((row) => row.includes(',扫码,')) && rows.some((row) => row.includes(',网站,')));
    });

    run('a web rating follows the kiosk’s rules and names the field it got wrong', async (call) => {
      const cases: [unknown, RegExp][] = [
        [{ ...WEB_RATING, id: uuidv7(), answer: 1, level: 1 }, /^reasons: a bad review needs at least one reason/],
        [{ ...WEB_RATING, id: uuidv7(), level: 5 }, /^level: level does not match/],
        [{ ...WEB_RATING, id: uuidv7(), windowId: 'w9' }, /^windowId: no window "w9"/],
        [{ ...WEB_RATING, id: uuidv7(), channel: 'staff' }, /^channel: /],
        [{ ...WEB_RATING }, /^id: /],
      ];
      for (const [body, message] of cases) {
        const answer = await call('POST', '/public/ratings', body, null);
        assert.equal(answer.status, 400, JSON.stringify(body));
        assert.equal(answer.body.error.code, 'invalid-rating');
        assert.match(answer.body.error.message, message);
      }
    });
  });
}
