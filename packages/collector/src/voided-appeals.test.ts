import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { backends } from './test-support/backends.js';
import { badReview } from './test-support/bad-reviews.js';
import { apiClient, hallWithDevice, upload } from './test-support/http.js';
import { rating } from './test-support/records.js';

// One query (record-store ratingCounts) written once for both engines: SQLite is enough here.
for (const backend of backends().slice(0, 1)) {
  describe(`appeals on ${backend.name}`, { skip: backend.skip }, () => {
    test('a bad review voided on appeal counts in no figure: 好评率, bad reviews, public results, standing', async () => {
      const db = await backend.fresh();
      try {
        const call = apiClient(db.store);
        const device = await hallWithDevice(call);
        const now = new Date();
        const voided = badReview(now);
        const stands = badReview(now, { reasons: ['slow'] });
        await upload(call, device, [voided, stands, rating({ answer: 5, level: 5 }, now), rating({ answer: 4, level: 4 }, now)]);
        const month = new Date(now.getTime() + 8 * 3_600_000).toISOString().slice(0, 7);
        const figures = async () => {
          const stats = (await call('GET', '/admin/stats?station=hall')).body.overall;
          const results = (await call('GET', `/public/stations/hall/results?month=${month}`, undefined, null)).body.overall;
          const standing = (await call('GET', `/admin/stations/hall/standing?month=${month}`)).body;
          return [
            stats.total,
            stats.badReviewCount,
            stats.goodReviewRate,
            results.total,
            results.badReviewCount,
            standing.figures.goodReviewRate,
          ];
        };
        assert.deepEqual(await figures(), [4, 2, 0.5, 4, 2, 0.5]);

        const move = (to: string, extra: Record<string, string> = {}) =>
          call('POST', `/admin/cases/${voided.id}/transitions`, { to, note: '申诉', ...extra });
        assert.equal((await move('appealed', { reason: '系统故障' })).status, 200);
        assert.deepEqual(await figures(), [4, 2, 0.5, 4, 2, 0.5], 'an appeal not yet decided changes nothing');
        assert.equal((await move('voided', { reason: '经核实系群众误操作' })).status, 200);
        assert.deepEqual(await figures(), [3, 1, 2 / 3, 3, 1, 2 / 3]);
      } finally {
        await db.dispose();
      }
    });
  });
}
