import assert from 'node:assert/strict';
import { describe } from 'node:test';
import { backends } from './test-support/backends.js';
import { hallTest } from './test-support/hall-tests.js';
import { type ApiCall, upload } from './test-support/http.js';
import { rating } from './test-support/records.js';

const DAY_MS = 86_400_000;
const statuses = (answer: { body: { results: { status: string; error?: { code: string } }[] } }) =>
  answer.body.results.map((r) => r.error?.code ?? r.status);

/** The hall's figures for one local month, as the public board shows them. */
async function published(call: ApiCall, month: string) {
  const { status, body } = await call('GET', `/public/stations/hall/results?month=${month}`, undefined, null);
  assert.equal(status, 200);
  return body.overall.total as number;
}

for (const backend of backends()) {
  describe(`a tablet can only say what a tablet saw, on ${backend.name}`, { skip: backend.skip }, () => {
    const run = hallTest(backend);

    run('a record naming what the catalogue never listed, or another channel, is refused with a readable code', async (call, device) => {
      const answer = await upload(call, device, [
        rating({ windowId: 'no-such-window' }),
        rating({ staffId: 'ghost' }),
        rating({ serviceItemId: 'passport' }),
        rating({ channel: 'hotline' }),
        rating({ windowId: 'w2', staffId: 's1', serviceItemId: 'sfz' }),
      ]);
      assert.equal(answer.status, 200);
      assert.deepEqual(statuses(answer), ['unknown-window', 'unknown-staff', 'unknown-service-item', 'channel-not-allowed', 'accepted']);
      for (const r of answer.body.results.slice(0, 4)) assert.doesNotMatch(r.error.message, /w1|w2|s1|sfz/, 'no other ids revealed');
      assert.equal((await call('GET', '/admin/stats?station=hall&by=window')).body.overall.total, 1);
    });

    run("a renamed or removed window's older records still arrive; newer ones naming it do not", async (call, device) => {
      const before = new Date(Date.now() - 60_000);
      assert.equal((await call('PUT', '/admin/stations/hall/windows/w1', { name: '1号窗口 改名' })).status, 200);
      assert.equal((await call('DELETE', '/admin/stations/hall/windows/w2')).status, 204);
      const answer = await upload(call, device, [
        rating({ windowId: 'w1' }, before),
        rating({ windowId: 'w2' }, before),
        rating({ windowId: 'w2' }, new Date(Date.now() + 1000)),
      ]);
      assert.deepEqual(statuses(answer), ['accepted', 'accepted', 'unknown-window']);
      // Listed again, the window takes new records.
      assert.equal((await call('PUT', '/admin/stations/hall/windows/w2', { name: '2号窗口' })).status, 201);
      assert.deepEqual(statuses(await upload(call, device, [rating({ windowId: 'w2' })])), ['accepted']);
    });

    run('a backdated rating is stored and acknowledged, but counts only once accepted', async (call, device) => {
      const now = Date.now();
      const lastMonthDay = new Date(now - 40 * DAY_MS);
      const month = new Date(lastMonthDay.getTime() + 8 * 3_600_000).toISOString().slice(0, 7); // China time
      const onTime = rating({ windowId: 'w1' }, new Date(now - 60_000));
      const backdated = rating({ windowId: 'w1', answer: 1, level: 1, reasons: ['slow'] }, lastMonthDay);
      const beforeUpload = await published(call, month);

      const answer = await upload(call, device, [onTime, backdated]);
      assert.deepEqual(statuses(answer), ['accepted', 'accepted'], 'the tablet may delete both: nothing is lost');
      assert.equal(await published(call, month), beforeUpload, 'a published month does not change silently');
      assert.equal((await call('GET', '/admin/cases?station=hall')).body.cases.length, 0, 'no case until accepted');
      assert.equal((await call('GET', '/admin/stats?station=hall')).body.overall.total, 1);

      const { body } = await call('GET', '/admin/stations/hall/late-records');
      assert.equal(body.records.length, 1);
      const [late] = body.records;
      assert.equal(late.id, backdated.id);
      assert.equal(late.status, 'waiting');
      assert.equal(late.deviceId, device.deviceId);
      assert.ok(late.lateByDays >= 39 && late.lateByDays <= 40, `late by ${late.lateByDays} days`);

      const accepted = await call('POST', `/admin/stations/hall/late-records/${backdated.id}/accept`);
      assert.deepEqual(accepted.body, { id: backdated.id, status: 'accepted' });
      assert.equal(await published(call, month), beforeUpload + 1);
      assert.equal((await call('GET', '/admin/cases?station=hall')).body.cases.length, 1);

      assert.equal((await call('POST', `/admin/stations/hall/late-records/${backdated.id}/exclude`)).status, 200);
      assert.equal(await published(call, month), beforeUpload, 'taken back');
      assert.equal((await call('POST', `/admin/stations/hall/late-records/${onTime.id}/accept`)).status, 409);
      assert.equal((await call('POST', '/admin/stations/hall/late-records/nothing/accept')).status, 404);
      assert.equal((await call('GET', '/admin/stations/nowhere/late-records')).status, 404);
    });

    run('lateAfterDays is a validated station setting: a rating older than it waits too', async (call, device) => {
      assert.equal((await call('PUT', '/admin/stations/hall/handling-settings', { lateAfterDays: 0 })).status, 400);
      assert.equal((await call('PUT', '/admin/stations/hall/handling-settings', { lateAfterDays: 1 })).status, 200);
      // Two days old but, on most days of a month, in the current month: late only by the setting.
      const twoDaysAgo = rating({}, new Date(Date.now() - 2 * DAY_MS));
      assert.deepEqual(statuses(await upload(call, device, [twoDaysAgo])), ['accepted']);
      const { body } = await call('GET', '/admin/stations/hall/late-records');
      assert.deepEqual(
        body.records.map((r: { id: string }) => r.id),
        [twoDaysAgo.id],
      );
    });
  });
}
