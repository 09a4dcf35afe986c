import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { backends } from './test-support/backends.js';
import { type ApiCall, apiClient, enrolDevice, HALL, upload } from './test-support/http.js';
import { rating } from './test-support/records.js';

/** 浙江省 › 杭州市 › 西湖区, and 宁波市 beside 杭州市. */
async function zhejiang(call: ApiCall): Promise<void> {
  for (const [id, body] of [
    ['zj', { name: '浙江省', code: '330000' }],
    ['hz', { name: '杭州市', code: '330100', parentId: 'zj' }],
    ['xihu', { name: '西湖区', code: '330106', parentId: 'hz' }],
    ['nb', { name: '宁波市', code: '330200', parentId: 'zj' }],
  ] as const) {
    const put = await call('PUT', `/admin/regions/${id}`, body);
    assert.equal(put.status, 201, put.text);
  }
}

/** A station like the hall, with its own id and name, in `regionId`. */
const hallIn = (id: string, name: string, regionId?: string) => ({ ...HALL, id, name, ...(regionId ? { regionId } : {}) });

for (const backend of backends()) {
  describe(`regions on ${backend.name}`, { skip: backend.skip }, () => {
    const run = (name: string, body: (call: ApiCall, db: Awaited<ReturnType<typeof backend.fresh>>) => Promise<void>) =>
      test(name, async () => {
        const db = await backend.fresh();
        try {
          await body(apiClient(db.store), db);
        } finally {
          await db.dispose();
        }
      });

    run('regions form a tree that can be read whole or one region with its place in it', async (call) => {
      await zhejiang(call);
      const list = await call('GET', '/admin/regions');
      assert.equal(list.status, 200);
      assert.deepEqual(
        list.body.items.map((r: { id: string }) => r.id),
        ['hz', 'nb', 'xihu', 'zj'],
      );
      assert.equal((await call('POST', '/admin/stations', hallIn('xihu-hall', '西湖区政务服务中心', 'xihu'))).status, 201);

      const xihu = await call('GET', '/admin/regions/xihu');
      assert.equal(xihu.status, 200);
      assert.deepEqual(
        xihu.body.path.map((r: { name: string }) => r.name),
        ['浙江省', '杭州市'],
      );
      assert.deepEqual(xihu.body.subregions, []);
      assert.deepEqual(
        xihu.body.stations.map((s: { id: string; regionId: string }) => [s.id, s.regionId]),
        [['xihu-hall', 'xihu']],
      );
      const province = await call('GET', '/admin/regions/zj');
      assert.deepEqual(province.body.path, []);
      assert.deepEqual(
        province.body.subregions.map((r: { id: string }) => r.id),
        ['hz', 'nb'],
      );
      assert.deepEqual(province.body.stations, [], 'only stations directly in the region');

      const renamed = await call('PUT', '/admin/regions/xihu', { id: 'xihu', name: '西湖区（含之江）', parentId: 'hz' });
      assert.equal(renamed.status, 200);
      assert.deepEqual(renamed.body, { id: 'xihu', name: '西湖区（含之江）', parentId: 'hz' }, 'a put replaces: the code is gone');
      assert.equal((await call('GET', '/admin/regions/nowhere')).status, 404);
    });

    run('a region with a missing parent, a loop, a bad code or a stray field is refused, and nothing changes', async (call) => {
      await zhejiang(call);
      const orphan = await call('PUT', '/admin/regions/sx', { name: '绍兴市', parentId: 'jiangsu' });
      assert.equal(orphan.status, 400);
      assert.equal(orphan.body.error.code, 'invalid-region');
      assert.match(orphan.body.error.message, /parentId: no region "jiangsu"/);

      const loop = await call('PUT', '/admin/regions/zj', { name: '浙江省', parentId: 'xihu' });
      assert.equal(loop.status, 409);
      assert.equal(loop.body.error.code, 'region-loop');
      const self = await call('PUT', '/admin/regions/hz', { name: '杭州市', parentId: 'hz' });
      assert.equal(self.status, 409);
      assert.equal((await call('GET', '/admin/regions/zj')).body.parentId, undefined, 'the province stays on top');

      const code = await call('PUT', '/admin/regions/sx', { name: '绍兴市', code: '3306' });
      assert.equal(code.status, 400);
      assert.match(code.body.error.message, /code: use the 6-digit administrative division code/);
      const stray = await call('PUT', '/admin/regions/sx', { name: '绍兴市', parent: 'zj' });
      assert.equal(stray.status, 400);
      assert.match(stray.body.error.message, /parent/);
      const renamedById = await call('PUT', '/admin/regions/sx', { id: 'shaoxing', name: '绍兴市' });
      assert.equal(renamedById.status, 400);
      assert.match(renamedById.body.error.message, /id: "shaoxing" differs from the path's "sx"/);
      const badId = await call('PUT', '/admin/regions/Shao%20Xing', { name: '绍兴市' });
      assert.equal(badId.status, 400);
      assert.match(badId.body.error.message, /^id: /);
      assert.equal((await call('GET', '/admin/regions')).body.items.length, 4);
    });

    run('a region is deleted only once no station or subregion lies in it', async (call) => {
      await zhejiang(call);
      assert.equal((await call('POST', '/admin/stations', hallIn('nb-hall', '宁波市民中心', 'nb'))).status, 201);
      const busy = await call('DELETE', '/admin/regions/nb');
      assert.equal(busy.status, 409);
      assert.equal(busy.body.error.code, 'region-in-use');
      assert.equal((await call('DELETE', '/admin/regions/hz')).status, 409, 'xihu lies in hz');

      const moved = await call('PATCH', '/admin/stations/nb-hall', { regionId: null });
      assert.equal(moved.status, 200);
      assert.equal(moved.body.regionId, undefined);
      assert.equal((await call('DELETE', '/admin/regions/nb')).status, 204);
      assert.equal((await call('DELETE', '/admin/regions/nb')).status, 404);
      assert.equal((await call('GET', '/admin/stations/nb-hall')).body.name, '宁波市民中心', 'the station stays');
    });

    run('stations are placed in existing regions only, and listed by region with every region below it', async (call) => {
      await zhejiang(call);
      const lost = await call('POST', '/admin/stations', hallIn('sx-hall', '绍兴市民中心', 'shaoxing'));
      assert.equal(lost.status, 400);
      assert.match(lost.body.error.message, /regionId: no region "shaoxing"/);
      assert.equal((await call('GET', '/admin/stations/sx-hall')).status, 404, 'nothing of a refused station is kept');

      assert.equal((await call('POST', '/admin/stations', hallIn('xihu-hall', '西湖区政务服务中心', 'xihu'))).status, 201);
      assert.equal((await call('POST', '/admin/stations', hallIn('hz-hall', '杭州市民中心', 'hz'))).status, 201);
      assert.equal((await call('POST', '/admin/stations', hallIn('nb-hall', '宁波市民中心', 'nb'))).status, 201);
      assert.equal((await call('POST', '/admin/stations', hallIn('loose', '未归属大厅'))).status, 201);

      const ids = async (query: string) => (await call('GET', `/admin/stations${query}`)).body.items.map((s: { id: string }) => s.id);
      assert.deepEqual(await ids(''), ['hz-hall', 'loose', 'nb-hall', 'xihu-hall']);
      assert.deepEqual(await ids('?region=hz'), ['hz-hall', 'xihu-hall']);
      assert.deepEqual(await ids('?region=zj'), ['hz-hall', 'nb-hall', 'xihu-hall']);
      assert.equal((await call('GET', '/admin/stations?region=nowhere')).status, 404);
      assert.equal((await call('GET', '/admin/stations?region=Not%20A%20Slug')).status, 400);

      const misplaced = await call('PATCH', '/admin/stations/loose', { regionId: 'jiangsu' });
      assert.equal(misplaced.status, 400);
      assert.match(misplaced.body.error.message, /regionId: no region "jiangsu"/);
      const placed = await call('PATCH', '/admin/stations/loose', { regionId: 'nb' });
      assert.equal(placed.status, 200);
      assert.equal(placed.body.regionId, 'nb');
      assert.equal(placed.body.scale, HALL.scale, 'other settings stay');
      assert.deepEqual(await ids('?region=nb'), ['loose', 'nb-hall']);
      const renamed = await call('PATCH', '/admin/stations/loose', { name: '宁波北仑大厅' });
      assert.equal(renamed.body.regionId, 'nb', 'a change of settings keeps the region');
    });

    run("a region's figures count every station within it, by station, day or hour", async (call) => {
      await zhejiang(call);
      await call('POST', '/admin/stations', hallIn('xihu-hall', '西湖区政务服务中心', 'xihu'));
      await call('POST', '/admin/stations', hallIn('hz-hall', '杭州市民中心', 'hz'));
      await call('POST', '/admin/stations', hallIn('nb-hall', '宁波市民中心', 'nb'));
      const ratings = { 'xihu-hall': [5, 5, 1], 'hz-hall': [4, 2], 'nb-hall': [5] } as const;
      for (const [stationId, levels] of Object.entries(ratings)) {
        const device = await enrolDevice(call, stationId);
        const records = levels.map((level) => rating({ stationId, answer: level, level, ...(level <= 2 ? { reasons: ['slow'] } : {}) }));
        const answer = await upload(call, device, records);
        assert.ok(
          answer.body.results.every((r: { status: string }) => r.status === 'accepted'),
          answer.text,
        );
      }

      const city = await call('GET', '/admin/stats?region=hz&by=station');
      assert.equal(city.status, 200, city.text);
      assert.equal(city.body.region, 'hz');
      assert.equal(city.body.station, null);
      assert.deepEqual(city.body.stations, ['hz-hall', 'xihu-hall']);
      assert.equal(city.body.overall.total, 5);
      assert.equal(city.body.overall.badReviewCount, 2);
      assert.deepEqual(
        city.body.groups.map((g: { key: string; total: number }) => [g.key, g.total]),
        [
          ['hz-hall', 2],
          ['xihu-hall', 3],
        ],
      );
      const province = await call('GET', '/admin/stats?region=zj');
      assert.equal(province.body.overall.total, 6);
      assert.deepEqual(province.body.overall.levels, { 1: 1, 2: 1, 3: 0, 4: 1, 5: 3 });
      const oneStation = await call('GET', '/admin/stats?station=nb-hall');
      assert.equal(oneStation.body.overall.total, 1);
      assert.deepEqual(oneStation.body.stations, ['nb-hall']);

      await call('PUT', '/admin/regions/sx', { name: '绍兴市', parentId: 'zj' });
      const empty = await call('GET', '/admin/stats?region=sx&by=day');
      assert.equal(empty.status, 200);
      assert.equal(empty.body.overall.total, 0);
      assert.deepEqual(empty.body.groups, []);
    });

    run('figures need one station or one region, and a region cannot be grouped by window, staff or service item', async (call) => {
      await zhejiang(call);
      await call('POST', '/admin/stations', hallIn('hz-hall', '杭州市民中心', 'hz'));
      const both = await call('GET', '/admin/stats?region=hz&station=hz-hall');
      assert.equal(both.status, 400);
      assert.match(both.body.error.message, /either station=… or region=…/);
      assert.equal((await call('GET', '/admin/stats')).status, 400);
      const byWindow = await call('GET', '/admin/stats?region=hz&by=window');
      assert.equal(byWindow.status, 400);
      assert.match(byWindow.body.error.message, /by=window, staff or serviceItem needs station=…/);
      const unknown = await call('GET', '/admin/stats?region=nowhere');
      assert.equal(unknown.status, 404);
      assert.equal(unknown.body.error.code, 'region-not-found');
      assert.equal((await call('GET', '/admin/stats?station=hz-hall&by=window')).status, 200);
    });

    run('two collectors moving two regions under each other at once cannot close a loop', async (_call, db) => {
      const other = await db.another();
      await db.store.regions.put({ id: 'a', name: '甲' });
      await db.store.regions.put({ id: 'b', name: '乙' });
      for (let round = 0; round < 10; round++) {
        const outcomes = await Promise.all([
          db.store.regions.put({ id: 'a', name: '甲', parentId: 'b' }),
          other.regions.put({ id: 'b', name: '乙', parentId: 'a' }),
        ]);
        assert.ok(outcomes.includes('loop'), `round ${round}: ${outcomes.join(', ')}`);
        const regions = await db.store.regions.list();
        assert.ok(
          regions.some((r) => r.parentId === undefined),
          'a region stays on top',
        );
        await db.store.regions.put({ id: 'a', name: '甲' });
        await db.store.regions.put({ id: 'b', name: '乙' });
      }
    });
  });
}
