import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { DeviceConfigSchema } from '@manyi/core';
import { createApp } from './app.js';
import { hashSecret } from './credentials.js';
import { silentLogger } from './log.js';
import type { Store } from './store/store.js';
import { backends } from './test-support/backends.js';

const ADMIN_TOKEN = 'test-admin-token-0123456789';

const STATION = { id: 'hall', name: '城东街道便民服务中心', scale: 5, cooldownMs: 5000, thankYouMs: 3000, idleResetMs: 60_000 };

/** One valid body per collection, and a change to make to it. */
const SAMPLES = {
  windows: { body: { name: '1号窗口 综合受理' }, change: { name: '1号窗口 综合受理（午间不打烊）' } },
  staff: { body: { name: '李娜', number: '20101', windowId: 'w1' }, change: { name: '李娜', number: '20102' } },
  'service-items': {
    body: {
      name: '居民身份证换领',
      code: 'GA-SFZ-0102',
      guide: {
        materials: [{ id: 'hukoubu', name: '居民户口簿', form: 'original', copies: 1, issuer: '公安机关户籍管理部门' }],
        timeLimitDays: 15,
        fee: '工本费 20 元/证',
        queryPhone: '0571-87001234',
      },
    },
    change: { name: '居民身份证换领（含异地换领）', guide: { materials: [], timeLimitDays: 20 } },
  },
  commitments: {
    body: { promise: '即来即办', limits: [{ value: 30, unit: 'minutes', measure: 'maximum' }], hotline: '12345' },
    change: {
      promise: '即来即办，当场办结',
      limits: [{ value: 20, unit: 'minutes', measure: 'average' }],
      complaintPhone: '0571-87005678',
    },
  },
} as const;

/** The fields these tests read from an answer; each answer has only some of them. */
interface AnswerBody {
  error: { code: string; message: string };
  items: { id: string }[];
  windows: unknown[];
  staff: unknown[];
  kioskPinHash?: string;
  code: string;
  token: string;
  deviceId: string;
}

interface Answer {
  status: number;
  body: AnswerBody;
}

function client(store: Store) {
  const app = createApp({ store, adminTokenHash: hashSecret(ADMIN_TOKEN), log: silentLogger });
  return async (method: string, path: string, body?: unknown, token: string | null = ADMIN_TOKEN): Promise<Answer> => {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (token) headers.authorization = `Bearer ${token}`;
    const init: RequestInit = { method, headers };
    if (body !== undefined) init.body = typeof body === 'string' ? body : JSON.stringify(body);
    const response = await app.request(`/api/v1${path}`, init);
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : undefined };
  };
}

for (const backend of backends()) {
  describe(`admin catalogue API on ${backend.name}`, { skip: backend.skip }, () => {
    const run = (name: string, body: (call: ReturnType<typeof client>) => Promise<void>) =>
      test(name, async () => {
        const db = await backend.fresh();
        try {
          const call = client(db.store);
          const created = await call('POST', '/admin/stations', { ...STATION, windows: [{ id: 'w1', name: '1号窗口' }] });
          assert.equal(created.status, 201, JSON.stringify(created.body));
          await body(call);
        } finally {
          await db.dispose();
        }
      });

    run('POST /admin/stations creates a station with its windows, and refuses a taken id or a bad body', async (call) => {
      const station = await call('GET', '/admin/stations/hall');
      assert.equal(station.status, 200);
      assert.deepEqual(station.body, {
        ...STATION,
        windows: [{ id: 'w1', name: '1号窗口' }],
        staff: [],
        serviceItems: [],
        commitments: [],
      });

      const again = await call('POST', '/admin/stations', STATION);
      assert.equal(again.status, 409);
      assert.equal(again.body.error.code, 'station-exists');

      const bad = await call('POST', '/admin/stations', { ...STATION, id: 'other', scale: 7, windows: [{ id: 'w1' }] });
      assert.equal(bad.status, 400);
      assert.match(bad.body.error.message, /scale: /);
      assert.match(bad.body.error.message, /windows\[0\]\.name: /);

      const repeated = await call('POST', '/admin/stations', {
        ...STATION,
        id: 'other',
        windows: [
          { id: 'w1', name: 'a' },
          { id: 'w1', name: 'b' },
        ],
        staff: [{ id: 's1', name: '李娜', windowId: 'w9' }],
      });
      assert.equal(repeated.status, 400);
      assert.match(repeated.body.error.message, /windows\[1\]\.id: "w1" appears twice/);
      assert.match(repeated.body.error.message, /staff\[0\]\.windowId: no window "w9"/);
      assert.equal((await call('GET', '/admin/stations/other')).status, 404, 'nothing of a refused station is kept');

      const minimal = await call('POST', '/admin/stations', { ...STATION, id: 'bare' });
      assert.equal(minimal.status, 201);
      assert.deepEqual(minimal.body.windows, []);
    });

    for (const [collection, sample] of Object.entries(SAMPLES)) {
      run(`${collection}: PUT creates (201) then replaces (200), GET reads and lists, DELETE removes (204)`, async (call) => {
        const path = `/admin/stations/hall/${collection}/e1`;
        const created = await call('PUT', path, sample.body);
        assert.equal(created.status, 201, JSON.stringify(created.body));
        assert.deepEqual(created.body, { id: 'e1', ...sample.body }, 'the id comes from the path');
        assert.deepEqual((await call('GET', path)).body, { id: 'e1', ...sample.body });

        const replaced = await call('PUT', path, { id: 'e1', ...sample.change });
        assert.equal(replaced.status, 200);
        assert.deepEqual((await call('GET', path)).body, { id: 'e1', ...sample.change }, 'a put replaces the whole entry');

        const listed = await call('GET', `/admin/stations/hall/${collection}`);
        assert.equal(listed.status, 200);
        assert.ok(listed.body.items.some((e) => e.id === 'e1'));

        assert.equal((await call('DELETE', path)).status, 204);
        const gone = await call('GET', path);
        assert.equal(gone.status, 404);
        assert.match(gone.body.error.code, /-not-found$/);
        assert.equal((await call('DELETE', path)).status, 404);
      });
    }

    run('a body with another id than the path is refused', async (call) => {
      const answer = await call('PUT', '/admin/stations/hall/windows/w2', { id: 'w3', name: '3号窗口' });
      assert.equal(answer.status, 400);
      assert.equal(answer.body.error.code, 'id-mismatch');
      assert.equal((await call('GET', '/admin/stations/hall/windows/w3')).status, 404);
    });

    run('an invalid body is answered 400 with a message naming the field', async (call) => {
      const cases: [string, unknown, RegExp][] = [
        ['staff/s1', { name: '' }, /^name: must not be empty$/],
        ['staff/s1', { name: '李娜', windowID: 'w1' }, /unknown field "windowID"/],
        ['staff/s1', { name: '李娜', windowId: 'w9' }, /^windowId: no window "w9" at this station$/],
        ['staff/bad id', { name: '李娜' }, /^id: use 1–64 letters/],
        [
          'service-items/i1',
          { name: '事项', guide: { materials: [{ id: 'm', name: '材料', form: 'scan', copies: 1 }] } },
          /guide\.materials\[0\]\.form: expected one of/,
        ],
        ['service-items/i1', { name: '事项', guide: { materials: [], queryPhone: '12345' } }, /guide\.queryPhone: enter a mainland mobile/],
        [
          'service-items/i1',
          {
            name: '事项',
            guide: {
              materials: [
                { id: 'm', name: '甲', form: 'copy', copies: 1 },
                { id: 'm', name: '乙', form: 'copy', copies: 1 },
              ],
            },
          },
          /guide\.materials\[1\]\.id: "m" appears twice/,
        ],
        [
          'commitments/c1',
          { promise: '限时办结', limits: [{ value: 5, unit: 'weeks', measure: 'maximum' }] },
          /limits\[0\]\.unit: expected one of/,
        ],
        ['commitments/c1', { promise: '限时办结', limits: [], serviceItemId: 'nope' }, /serviceItemId: no service item "nope"/],
        ['windows/w2', [], /expected object/],
      ];
      for (const [where, body, message] of cases) {
        const answer = await call('PUT', `/admin/stations/hall/${encodeURI(where)}`, body);
        assert.equal(answer.status, 400, `${where} ${JSON.stringify(body)}`);
        assert.match(answer.body.error.message, message);
      }
      const notJson = await call('PUT', '/admin/stations/hall/windows/w2', '{"name":');
      assert.deepEqual([notJson.status, notJson.body.error.code], [400, 'invalid-json']);
      assert.deepEqual((await call('GET', '/admin/stations/hall/staff')).body.items, [], 'nothing invalid was stored');
    });

    run('every admin call needs the admin token', async (call) => {
      const calls: [string, string, unknown?][] = [
        ['GET', '/admin/stations/hall/windows'],
        ['GET', '/admin/stations/hall/windows/w1'],
        ['PUT', '/admin/stations/hall/windows/w2', { name: '2号窗口' }],
        ['DELETE', '/admin/stations/hall/windows/w1'],
        ['POST', '/admin/stations', { ...STATION, id: 'intruder' }],
      ];
      for (const [method, path, body] of calls) {
        assert.equal((await call(method, path, body, null)).status, 401, `${method} ${path} without a token`);
        assert.equal((await call(method, path, body, 'wrong-token-0123456789')).status, 401, `${method} ${path} with a wrong token`);
      }
      assert.deepEqual((await call('GET', '/admin/stations/hall/windows')).body.items, [{ id: 'w1', name: '1号窗口' }]);
    });

    run('an unknown station, entry or collection is 404', async (call) => {
      const calls: [string, string, unknown?][] = [
        ['GET', '/admin/stations/nowhere/staff'],
        ['GET', '/admin/stations/nowhere/staff/s1'],
        ['PUT', '/admin/stations/nowhere/staff/s1', { name: '李娜' }],
        ['DELETE', '/admin/stations/nowhere/staff/s1'],
        ['GET', '/admin/stations/hall/staff/s1'],
        ['GET', '/admin/stations/hall/counters'],
      ];
      for (const [method, path, body] of calls) {
        const answer = await call(method, path, body);
        assert.equal(answer.status, 404, `${method} ${path}`);
        assert.ok(answer.body.error.message, 'a 404 says what is missing');
      }
      assert.equal((await call('GET', '/admin/stations/nowhere/staff')).body.error.code, 'station-not-found');
    });

    run('a kiosk gets the windows, staff, service items and commitments that were stored', async (call) => {
      await call('PUT', '/admin/stations/hall/staff/s1', SAMPLES.staff.body);
      await call('PUT', '/admin/stations/hall/service-items/sfz', SAMPLES['service-items'].body);
      await call('PUT', '/admin/stations/hall/commitments/c1', { ...SAMPLES.commitments.body, serviceItemId: 'sfz' });

      const { body: code } = await call('POST', '/admin/stations/hall/enrollment-codes');
      const { body: device } = await call('POST', '/devices/enroll', { code: code.code }, null);
      const config = await call('GET', '/devices/me/config', undefined, device.token);
      assert.equal(config.status, 200);
      const parsed = DeviceConfigSchema.safeParse(config.body);
      assert.ok(parsed.success, 'the config is what the kiosk expects');
      assert.deepEqual(config.body, {
        deviceId: device.deviceId,
        trackingNode: 1,
        station: STATION,
        windows: [{ id: 'w1', name: '1号窗口' }],
        staff: [{ id: 's1', ...SAMPLES.staff.body }],
        serviceItems: [{ id: 'sfz', ...SAMPLES['service-items'].body }],
        commitments: [{ id: 'c1', ...SAMPLES.commitments.body, serviceItemId: 'sfz' }],
      });
    });

    run('a station made by mistake is deleted whole; one with an enrolled tablet is kept', async (call) => {
      await call('POST', '/admin/stations', { ...STATION, id: 'typo', staff: [{ id: 's1', name: '李娜' }] });
      assert.equal((await call('PATCH', '/admin/stations/typo', { kioskPin: '2468' })).status, 200);
      assert.equal((await call('POST', '/admin/stations/typo/enrollment-codes')).status, 201);
      const deleted = await call('DELETE', '/admin/stations/typo');
      assert.equal(deleted.status, 204);
      assert.equal((await call('GET', '/admin/stations/typo')).status, 404);
      assert.equal((await call('DELETE', '/admin/stations/typo')).status, 404);

      const again = await call('POST', '/admin/stations', { ...STATION, id: 'typo' });
      assert.equal(again.status, 201, 'the id is free again');
      assert.deepEqual(again.body.staff, [], 'nothing of the deleted catalogue comes back');
      const { body: code } = await call('POST', '/admin/stations/typo/enrollment-codes');
      const { body: device } = await call('POST', '/devices/enroll', { code: code.code }, null);
      const config = await call('GET', '/devices/me/config', undefined, device.token);
      assert.equal(config.body.kioskPinHash, undefined, 'nor its kiosk PIN');

      const kept = await call('DELETE', '/admin/stations/typo');
      assert.equal(kept.status, 409);
      assert.equal(kept.body.error.code, 'station-in-use');
      assert.equal((await call('GET', '/admin/stations/typo')).status, 200);
    });
  });
}
