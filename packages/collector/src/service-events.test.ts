import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { uuidv7 } from '@manyi/core';
import { verifyRatingToken } from './rating-tokens.js';
import { backends } from './test-support/backends.js';
import { type ApiCall, apiClient, hallWithDevice, upload } from './test-support/http.js';
import { seedPeople } from './test-support/people.js';

const EVENT = { windowId: 'w1', ticket: 'BJ20261207-0042', staffId: 's1', serviceItemId: 'sfz' };
const ANSWER = { scale: 5, answer: 4, level: 4 };

const tapped = (eventId: string, more: Record<string, unknown> = {}) => ({
  id: uuidv7(),
  kind: 'rating',
  createdAt: new Date().toISOString(),
  stationId: 'hall',
  windowId: 'w1',
  staffId: 's1',
  serviceItemId: 'sfz',
  ticket: EVENT.ticket,
  eventId,
  channel: 'device',
  ...ANSWER,
  ...more,
});

/** The hall's figures by staff member: [staff, total]. */
async function byStaff(call: ApiCall): Promise<[string | null, number][]> {
  const stats = await call('GET', '/admin/stats?station=hall&by=staff');
  return stats.body.groups.map((g: { key: string | null; total: number }) => [g.key, g.total]);
}

for (const backend of backends()) {
  describe(`service events on ${backend.name}`, { skip: backend.skip }, () => {
    // Tokens and routes are the same on both engines; only binding a rating to its event is written per engine.
    if (backend.name === 'SQLite')
      test('a clerk starts an event; its token rates it once, the token deciding what is rated; nothing else counts', async () => {
        const db = await backend.fresh();
        try {
          const call = apiClient(db.store);
          await hallWithDevice(call);
          await call('POST', '/admin/stations', {
            id: 'other',
            name: '别处',
            scale: 5,
            cooldownMs: 0,
            thankYouMs: 3000,
            idleResetMs: 60_000,
          });
          const session = await seedPeople(db.store, [
            { username: 'clerk1', role: 'clerk', stationId: 'hall' },
            { username: 'clerk2', role: 'clerk', stationId: 'other' },
          ]);
          const clerk = await session('clerk1');
          const started = await call('POST', '/stations/hall/service-events', EVENT, clerk);
          assert.equal(started.status, 201, started.text);
          const { eventId, ratingToken, ratingUrl } = started.body;
          assert.match(ratingUrl, /^http:\/\/localhost\/.+\?ratingToken=/);
          assert.equal((await call('POST', '/stations/hall/service-events', EVENT, await session('clerk2'))).status, 403);
          const unknown = await call('POST', '/stations/hall/service-events', { ...EVENT, staffId: 's9' }, clerk);
          assert.deepEqual([unknown.status, unknown.body.error.code], [400, 'invalid-service-event']);

          // Forged, altered or missing tokens: refused alike, and no figure changes.
          const altered = `${ratingToken.slice(0, -2)}${ratingToken.endsWith('AA') ? 'BB' : 'AA'}`;
          const forged = `${uuidv7()}.${ratingToken.split('.').slice(1).join('.')}`;
          for (const token of [altered, forged, 'x', `${eventId}.zzzzzz.1.abc`]) {
            const refused = await call('POST', '/public/ratings', { ...ANSWER, ratingToken: token }, null);
            assert.deepEqual([refused.status, refused.body.error.code], [403, 'invalid-rating-token'], token);
          }
          const tokenless = await call('POST', '/public/ratings', { ...ANSWER, stationId: 'hall', windowId: 'w1', staffId: 's1' }, null);
          assert.equal(tokenless.status, 400);
          assert.doesNotMatch(tokenless.text, /s1|李娜/, 'the answer names no staff member');
          assert.deepEqual(await byStaff(call), []);

          const id = uuidv7();
          const rated = await call('POST', '/public/ratings', { ...ANSWER, ratingToken, id }, null);
          assert.deepEqual([rated.status, rated.body], [201, { id, status: 'accepted' }]);
          assert.equal(rated.headers.get('access-control-allow-origin'), null, 'no other site may post ratings');
          const replay = await call('POST', '/public/ratings', { ...ANSWER, ratingToken, id }, null);
          assert.deepEqual([replay.status, replay.body.status], [200, 'duplicate']);
          const second = await call('POST', '/public/ratings', { scale: 5, answer: 1, level: 1, reasons: ['slow'], ratingToken }, null);
          assert.deepEqual([second.status, second.body.error.code], [409, 'already-rated']);
          assert.deepEqual(await byStaff(call), [['s1', 1]]);

          const status = await call('GET', `/stations/hall/service-events/${eventId}`, undefined, clerk);
          assert.deepEqual([status.body.ticket, status.body.rating], [EVENT.ticket, { level: 4, channel: 'qr' }]);
          const csv = await call('GET', '/admin/export.csv?station=hall');
          assert.match(csv.text, /BJ20261207-0042/, 'the export names the ticket');

          // A token stops rating when it expires.
          assert.ok(await verifyRatingToken(db.store, ratingToken));
          assert.equal(await verifyRatingToken(db.store, ratingToken, Date.now() + 8 * 86_400_000), undefined);
        } finally {
          await db.dispose();
        }
      });

    test('a tablet’s rating of an event counts once; a second from any channel is a duplicate; a wrong event is refused', async () => {
      const db = await backend.fresh();
      try {
        const call = apiClient(db.store);
        const device = await hallWithDevice(call);
        const { body: event } = await call('POST', '/stations/hall/service-events', EVENT);
        const current = await call('GET', '/devices/me/service-event?windowId=w1', undefined, device.token);
        assert.equal(current.body.event.eventId, event.eventId);
        assert.equal((await call('GET', '/devices/me/service-event?windowId=w2', undefined, device.token)).body.event, null);

        const first = tapped(event.eventId);
        const sameEvent = tapped(event.eventId, { answer: 5, level: 5 });
        const wrongStaff = tapped((await call('POST', '/stations/hall/service-events', EVENT)).body.eventId, { staffId: undefined });
        const noSuchEvent = tapped(uuidv7());
        const answer = await upload(call, device, [first, sameEvent, wrongStaff, noSuchEvent]);
        assert.deepEqual(
          answer.body.results.map((r: { status: string; error?: { code: string } }) => r.error?.code ?? r.status),
          ['accepted', 'duplicate', 'unknown-service-event', 'unknown-service-event'],
        );
        const web = await call('POST', '/public/ratings', { ...ANSWER, ratingToken: event.ratingToken }, null);
        assert.equal(web.status, 409);
        assert.deepEqual(await byStaff(call), [['s1', 1]]);
        assert.equal(
          (await call('GET', '/devices/me/service-event?windowId=w1', undefined, device.token)).body.event?.eventId,
          wrongStaff.eventId,
        );

        // Two collectors storing two ratings of one event at once: the database keeps one.
        const { body: raced } = await call('POST', '/stations/hall/service-events', EVENT);
        const other = apiClient(await db.another());
        const [a, b] = await Promise.all([upload(call, device, [tapped(raced.eventId)]), upload(other, device, [tapped(raced.eventId)])]);
        const statuses = [a.body.results[0].status, b.body.results[0].status].sort();
        assert.deepEqual(statuses, ['accepted', 'duplicate']);
        assert.deepEqual(await byStaff(call), [['s1', 2]]);
      } finally {
        await db.dispose();
      }
    });
  });
}
