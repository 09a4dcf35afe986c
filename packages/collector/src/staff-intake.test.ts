import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Store } from './store/store.js';
import { backends } from './test-support/backends.js';
import type { ApiCall } from './test-support/http.js';
import { permissionFixture } from './test-support/permission-fixture.js';

for (const backend of backends()) {
  describe(`complaints and consultations keyed in by staff (${backend.name})`, { skip: backend.skip }, () => {
    let db: Awaited<ReturnType<typeof backend.fresh>>;
    let store: Store;
    let desk: (method: string, path: string, body?: unknown) => ReturnType<ApiCall>;
    let admin: ApiCall;
    before(async () => {
      db = await backend.fresh();
      store = db.store;
      const f = await permissionFixture(store);
      const token = await f.session('desk');
      desk = (method, path, body) => f.call(method, path, body, token);
      admin = f.call;
    });
    after(() => db?.dispose());

    const boxOpenedAt = new Date(Date.now() - 2 * 86_400_000).toISOString();
    const fromTheBox = {
      channel: 'box',
      receivedAt: boxOpenedAt,
      category: 'arbitrary-charges',
      staffId: 's1',
      description: '办证时被要求另交“加急费”。',
      wantsReply: true,
      contact: { name: '赵女士', phone: '139 1234 5678' },
      consent: true,
    };

    test('a box complaint keyed in by a clerk: provenance staff, its channel, who keyed it, when it came in', async () => {
      const id = '0190a8e2-0000-7000-8000-0000000000b1';
      const filed = await desk('POST', '/admin/stations/hall/complaints', { ...fromTheBox, id });
      assert.equal(filed.status, 201, filed.text);
      const again = await desk('POST', '/admin/stations/hall/complaints', { ...fromTheBox, id });
      assert.equal(again.status, 200, 'a retry of the same id is the same complaint');
      assert.equal(again.body.trackingNo, filed.body.trackingNo);
      const shown = (await db.store.complaints.get({ trackingNo: filed.body.trackingNo })) ?? assert.fail('stored');
      assert.equal(shown.provenance, 'staff');
      assert.equal(shown.channel, 'paper');
      assert.equal(shown.intakeChannel, 'box');
      assert.equal(shown.keyedBy, 'desk', 'who keyed it comes from the session');
      assert.equal(shown.receivedAt, boxOpenedAt, 'it counts from when the box was opened');
      assert.deepEqual(shown.contact, { name: '赵女士', phone: '13912345678' });
      const phone = await desk('POST', '/admin/stations/hall/complaints', {
        channel: 'hotline-12345',
        receivedAt: new Date().toISOString(),
        category: 'delay',
        description: '12345 转办：办理营业执照拖了三周。',
      });
      assert.equal(phone.status, 201, phone.text);
      assert.equal((await db.store.complaints.get({ trackingNo: phone.body.trackingNo }))?.channel, 'hotline');
      const [header = '', ...rows] = (await admin('GET', '/admin/export.csv?station=hall&kind=complaint')).text.split('\r\n');
      const row = rows.find((r) => r.includes(filed.body.trackingNo)) ?? '';
      assert.ok(header.includes('受理途径,录入人,查实结论'), header);
      assert.match(row, /,意见箱,desk,,/, 'the export says how it came in and who keyed it; no finding yet');
    });

    test('bad input is refused with what to fix, and nothing is stored', async () => {
      const before = (await store.complaints.list({ stationId: 'hall', limit: 1000 })).length;
      const cases: [unknown, RegExp][] = [
        [{ ...fromTheBox, channel: 'pigeon' }, /^channel: /],
        [{ ...fromTheBox, receivedAt: new Date(Date.now() + 86_400_000).toISOString() }, /receivedAt: lies in the future/],
        [{ ...fromTheBox, receivedAt: '2020-01-01T00:00:00Z' }, /receivedAt: more than 366 days ago/],
        [{ ...fromTheBox, staffId: 'nobody' }, /staffId: no staff member "nobody"/],
        [{ ...fromTheBox, consent: undefined }, /consent/],
        [{ ...fromTheBox, description: ' ' }, /^description: /],
      ];
      for (const [body, message] of cases) {
        const refused = await desk('POST', '/admin/stations/hall/complaints', body);
        assert.equal(refused.status, 400, JSON.stringify(body));
        assert.match(refused.body.error.message, message);
      }
      assert.equal((await store.complaints.list({ stationId: 'hall', limit: 1000 })).length, before);
    });

    test('a consultation is logged apart and never listed as a complaint', async () => {
      const before = (await store.complaints.list({ stationId: 'hall', limit: 1000 })).length;
      const logged = await desk('POST', '/admin/stations/hall/consultations', {
        channel: 'phone',
        receivedAt: new Date().toISOString(),
        topic: '换领身份证需要带什么材料？',
        answer: '户口簿和旧证。',
      });
      assert.equal(logged.status, 201, logged.text);
      assert.equal(logged.body.keyedBy, 'desk');
      assert.equal((await store.complaints.list({ stationId: 'hall', limit: 1000 })).length, before);
      const listed = await db.store.consultations.list(
        ['hall'],
        new Date(Date.now() - 86_400_000).toISOString(),
        new Date(Date.now() + 1000).toISOString(),
      );
      assert.deepEqual(
        listed.map((c) => c.topic),
        ['换领身份证需要带什么材料？'],
      );
      assert.equal(
        (await desk('POST', '/admin/stations/far/consultations', { channel: 'phone', receivedAt: new Date().toISOString(), topic: '?' }))
          .status,
        403,
      );
    });
  });
}
