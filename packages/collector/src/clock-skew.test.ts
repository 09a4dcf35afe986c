// Tablets whose clocks are hours off: each tap is stored at the time it really happened (its reading
// moved by the gap between the batch's sentAt and the collector's clock), the device's own reading
// is kept as sent, and a reading that correction puts outside 2000–9999 is refused by name.
import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, test } from 'node:test';
import type { BatchResult, RatingRecord } from '@manyi/core';
import { type Backend, backends } from './test-support/backends.js';
import { type ApiCall, apiClient, hallWithDevice } from './test-support/http.js';
import { rating } from './test-support/records.js';
import { storedTimes } from './test-support/stored-times.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const iso = (instant: number) => new Date(instant).toISOString();

for (const backend of backends()) {
  describe(`device clocks hours off on ${backend.name}`, { skip: backend.skip }, () => {
    let fixture: Awaited<ReturnType<Backend['fresh']>>;
    let call: ApiCall;
    let device: { deviceId: string; token: string };

    beforeEach(async () => {
      fixture = await backend.fresh();
      call = apiClient(fixture.store);
      device = await hallWithDevice(call);
    });
    afterEach(() => fixture.dispose());

    /** One batch as the device sends it: `sentAt` is its own clock's reading at sending. */
    async function send(sentAt: number, records: RatingRecord[]): Promise<BatchResult[]> {
      const answer = await call('POST', '/records/batch', { deviceId: device.deviceId, sentAt: iso(sentAt), records }, device.token);
      assert.equal(answer.status, 200, answer.text);
      return answer.body.results;
    }

    /** Ratings at the hall within `[from, to)`, through the admin API. */
    async function countedBetween(from: number, to: number): Promise<number> {
      const answer = await call('GET', `/admin/stats?station=hall&from=${iso(from)}&to=${iso(to)}`);
      assert.equal(answer.status, 200, answer.text);
      return answer.body.overall.total;
    }

    for (const [clock, offMs] of [
      ['5 hours fast', 5 * HOUR],
      ['7 hours slow', -7 * HOUR],
    ] as const) {
      test(`a clock ${clock}: taps are stored and counted when they happened, the device's reading kept`, async () => {
        const now = Date.now();
        const tappedAt = [now - 40 * MINUTE, now - 90_000];
        const records = tappedAt.map((at, i) => rating({ answer: i + 4, level: (i + 4) as RatingRecord['level'] }, new Date(at + offMs)));
        const sentAt = Date.now() + offMs;
        const results = await send(sentAt, records);
        assert.deepEqual(
          results.map((r) => r.status),
          ['accepted', 'accepted'],
        );

        const times = await storedTimes(backend.name, fixture.location);
        records.forEach((record, i) => {
          const stored = times.get(record.id);
          assert.ok(stored, `rating ${i} is stored`);
          assert.equal(stored.clientCreatedAt, record.createdAt, "the device's own reading is kept as sent");
          const skew = Date.parse(stored.receivedAt) - sentAt;
          assert.equal(stored.createdAt, iso(Date.parse(record.createdAt) + skew), 'the reading moved by the skew');
          const error = Math.abs(Date.parse(stored.createdAt) - (tappedAt[i] as number));
          assert.ok(error < MINUTE, `rating ${i} is stored ${error} ms from when it was tapped`);
        });
        // Figures count them when they happened, not when the device's clock said.
        assert.equal(await countedBetween(now - HOUR, Date.now() + MINUTE), 2);
        assert.equal(await countedBetween(now + offMs - HOUR, now + offMs + MINUTE), 0);

        // Sent again later (the answer was lost), with the skew measured anew: the same records, stored once.
        const again = await send(Date.now() + offMs, records);
        assert.deepEqual(
          again.map((r) => r.status),
          ['duplicate', 'duplicate'],
        );
        assert.deepEqual(await storedTimes(backend.name, fixture.location), times);
      });
    }

    test('a clock reset to 1970 still places its taps; readings corrected past 2000–9999 are refused as implausible-time', async () => {
      const now = Date.now();
      const boot = Date.parse('1970-01-01T00:10:00Z'); // the tablet's clock at sending, ~56 years slow
      const tapped = rating({}, new Date(boot - 5 * MINUTE)); // five minutes before sending
      const farFuture = rating({}, new Date('9999-12-30T00:00:00Z')); // corrected: ~56 years past 9999
      const fromReset = await send(boot, [tapped, farFuture]);
      assert.deepEqual(fromReset[0], { id: tapped.id, status: 'accepted' });
      assert.equal(fromReset[1]?.status, 'rejected');
      assert.equal(fromReset[1]?.error?.code, 'implausible-time');

      // A clock that was wrong when the tap was made and right by the time it sent: before 2000.
      const beforeSet = rating({}, new Date('1999-12-31T23:00:00Z'));
      const onTime = rating();
      const fromRightClock = await send(Date.now(), [beforeSet, onTime]);
      assert.equal(fromRightClock[0]?.status, 'rejected');
      assert.equal(fromRightClock[0]?.error?.code, 'implausible-time');
      assert.equal(fromRightClock[1]?.status, 'accepted', 'one implausible record rejects only itself');

      const times = await storedTimes(backend.name, fixture.location);
      assert.deepEqual([...times.keys()].sort(), [tapped.id, onTime.id].sort(), 'refused records are not stored');
      const placed = Date.parse(times.get(tapped.id)?.createdAt ?? '');
      assert.ok(Math.abs(placed - (now - 5 * MINUTE)) < MINUTE, `the 1970 reading is placed at ${iso(placed)}`);
      assert.equal(times.get(tapped.id)?.clientCreatedAt, tapped.createdAt);
    });
  });
}
