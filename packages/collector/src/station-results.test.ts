import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { backends } from './test-support/backends.js';
import { type ApiCall, apiClient, hallWithDevice, uploadBackdated } from './test-support/http.js';
import { rating } from './test-support/records.js';

const at = (iso: string) => new Date(iso);

/**
 * The worked example, November 2025 at the hall (China Standard Time):
 *   1号窗口 w1: 非常满意 ×3 (one at 00:30 on 1 November), 满意 ×1, 不满意 ×1 → 5 ratings, good 4/5 = 80%, 1 bad
 *   2号窗口 w2: 基本满意 ×1, 非常不满意 ×1                          → 2 ratings, good 1/2 = 50%, 1 bad
 *   w9 (a window since removed): 满意 ×1                             → 1 rating, good 100%
 *   3号窗口 w3: nothing                                               → 0 ratings, no rate
 *   overall: 5:3 4:2 3:1 2:1 1:1 → 8 ratings, good 6/8 = 75%, 2 bad
 * Not counted: a misuse tap, 23:59 on 31 October, and 00:00 on 1 December.
 */
const NOVEMBER = [
  rating({ windowId: 'w1', answer: 5, level: 5 }, at('2025-10-31T16:30:00Z')),
  rating({ windowId: 'w1', answer: 5, level: 5 }, at('2025-11-03T01:00:00Z')),
  rating({ windowId: 'w1', answer: 5, level: 5 }, at('2025-11-03T02:00:00Z')),
  rating({ windowId: 'w1', answer: 4, level: 4 }, at('2025-11-10T02:00:00Z')),
  rating({ windowId: 'w1', answer: 2, level: 2, reasons: ['slow'] }, at('2025-11-11T02:00:00Z')),
  rating({ windowId: 'w2', answer: 3, level: 3 }, at('2025-11-12T02:00:00Z')),
  rating({ windowId: 'w2', answer: 1, level: 1, reasons: ['attitude'] }, at('2025-11-13T02:00:00Z')),
  rating({ windowId: 'w9', answer: 4, level: 4 }, at('2025-11-14T02:00:00Z')),
];
const NOT_COUNTED = [
  rating({ windowId: 'w1', answer: 5, level: 5, misuse: true }, at('2025-11-03T02:00:01Z')),
  rating({ windowId: 'w1', answer: 1, level: 1, reasons: ['slow'] }, at('2025-10-31T15:59:00Z')),
  rating({ windowId: 'w2', answer: 1, level: 1, reasons: ['slow'] }, at('2025-11-30T16:00:00Z')),
];

for (const backend of backends()) {
  describe(`published monthly results on ${backend.name}`, { skip: backend.skip }, () => {
    const run = (name: string, body: (call: ApiCall) => Promise<void>) =>
      test(name, async () => {
        const db = await backend.fresh();
        try {
          const call = apiClient(db.store);
          const device = await hallWithDevice(call);
          await call('PUT', '/admin/stations/hall/windows/w3', { name: '3号窗口 不动产' });
          // w9 was listed in November 2025 and removed since: its ratings from then still arrive.
          await call('PUT', '/admin/stations/hall/windows/w9', { name: '9号窗口 临时' });
          await call('DELETE', '/admin/stations/hall/windows/w9');
          const sent = await uploadBackdated(call, device, [...NOVEMBER, ...NOT_COUNTED]);
          assert.ok(sent.body.results.every((r: { status: string }) => r.status === 'accepted'));
          await body(call);
        } finally {
          await db.dispose();
        }
      });

    run('the worked example: counts per level, good-review rate and bad reviews, overall and per window', async (call) => {
      const { status, body } = await call('GET', '/public/stations/hall/results?month=2025-11', undefined, null);
      assert.equal(status, 200);
      assert.equal(body.stationName, '城东街道便民服务中心');
      assert.equal(body.from, '2025-10-31T16:00:00.000Z');
      assert.equal(body.to, '2025-11-30T16:00:00.000Z');
      assert.equal(body.complete, true);
      assert.deepEqual(body.overall, { levels: { 1: 1, 2: 1, 3: 1, 4: 2, 5: 3 }, total: 8, goodReviewRate: 0.75, badReviewCount: 2 });
      assert.deepEqual(body.windows, [
        {
          windowId: 'w1',
          windowName: '1号窗口 综合受理',
          levels: { 1: 0, 2: 1, 3: 0, 4: 1, 5: 3 },
          total: 5,
          goodReviewRate: 0.8,
          badReviewCount: 1,
        },
        {
          windowId: 'w2',
          windowName: '2号窗口 户籍',
          levels: { 1: 1, 2: 0, 3: 1, 4: 0, 5: 0 },
          total: 2,
          goodReviewRate: 0.5,
          badReviewCount: 1,
        },
        {
          windowId: 'w3',
          windowName: '3号窗口 不动产',
          levels: { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 },
          total: 0,
          goodReviewRate: null,
          badReviewCount: 0,
        },
        { windowId: 'w9', windowName: null, levels: { 1: 0, 2: 0, 3: 0, 4: 1, 5: 0 }, total: 1, goodReviewRate: 1, badReviewCount: 0 },
      ]);
    });

    run('carries no personal data, and refuses a malformed month or an unknown station', async (call) => {
      const { text } = await call('GET', '/public/stations/hall/results?month=2025-11', undefined, null);
      assert.doesNotMatch(text, /李娜|staff|comment|deviceId/);
      const october = await call('GET', '/public/stations/hall/results?month=2025-10', undefined, null);
      assert.equal(october.body.overall.total, 1, 'only the bad review of 31 October');
      const bad = await call('GET', '/public/stations/hall/results?month=2025-13', undefined, null);
      assert.equal(bad.status, 400);
      assert.match(bad.body.error.message, /^month: use a month written YYYY-MM/);
      assert.equal((await call('GET', '/public/stations/hall/results', undefined, null)).status, 400);
      assert.equal((await call('GET', '/public/stations/nowhere/results?month=2025-11', undefined, null)).status, 404);
    });
  });
}
