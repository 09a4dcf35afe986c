import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { RatingRecord } from '@manyi/core';
import { localTime } from '../clock.js';
import { DEMO_STATION } from '../demo.js';
import { backends } from '../test-support/backends.js';
import { sampleRating } from '../test-support/records.js';
import { CATALOGUE_KINDS, type Store, type StoredRecord } from './store.js';

function stored(over: Partial<RatingRecord> = {}, at = new Date('2026-11-23T01:30:00Z')): StoredRecord {
  const record = sampleRating(over, at);
  const local = localTime(at);
  return {
    record,
    provenance: 'device',
    deviceId: null,
    clientCreatedAt: record.createdAt,
    createdAt: at.toISOString(),
    receivedAt: at.toISOString(),
    localDay: local.day,
    localHour: local.hour,
    localWeekday: local.weekday,
    contentHash: JSON.stringify(record),
  };
}

async function withStation(store: Store): Promise<void> {
  await store.stations.create(DEMO_STATION);
}

for (const backend of backends()) {
  describe(`storage on ${backend.name}`, { skip: backend.skip }, () => {
    const run = (name: string, body: (store: Store, another: () => Promise<Store>) => Promise<void>) =>
      test(name, async () => {
        const db = await backend.fresh();
        try {
          await withStation(db.store);
          await body(db.store, db.another);
        } finally {
          await db.dispose();
        }
      });

    run('migrating an up-to-date database again changes nothing', async (store) => {
      await store.migrate();
      assert.equal((await store.stations.get('demo'))?.name, DEMO_STATION.name);
    });

    run('an enrollment code enrols exactly one device, and an expired one none', async (store) => {
      await store.devices.addEnrollmentCode('demo', 'hash-1', '2026-11-24T00:00:00.000Z');
      const now = '2026-11-23T00:00:00.000Z';
      const device = await store.devices.enroll('hash-1', now, { id: 'dev-1', name: 'tablet', tokenHash: 'token-1' });
      assert.equal(device?.stationId, 'demo');
      assert.equal(await store.devices.enroll('hash-1', now, { id: 'dev-2', name: null, tokenHash: 'token-2' }), undefined);
      assert.equal((await store.devices.byTokenHash('token-1'))?.id, 'dev-1');
      assert.equal(await store.devices.byTokenHash('token-2'), undefined);

      await store.devices.addEnrollmentCode('demo', 'hash-old', '2026-11-22T00:00:00.000Z');
      assert.equal(await store.devices.enroll('hash-old', now, { id: 'dev-3', name: null, tokenHash: 'token-3' }), undefined);
    });

    run('storing is idempotent by id; the same id with other content is a conflict and the first is kept', async (store) => {
      const first = stored();
      assert.deepEqual(await store.records.insert([first]), ['accepted']);
      assert.deepEqual(await store.records.insert([first]), ['duplicate']);
      const changed = { ...first, record: { ...first.record, answer: 1, level: 1, reasons: ['slow'] } } as StoredRecord;
      changed.contentHash = JSON.stringify(changed.record);
      assert.deepEqual(await store.records.insert([changed]), ['conflict']);
      const counts = await store.records.ratingCounts({ stationIds: ['demo'] });
      assert.deepEqual(counts, [{ key: null, level: 5, count: 1 }]);
    });

    run('counts group by window and local day, leave out misuse, and honour the period', async (store) => {
      await store.records.insert([
        stored({ windowId: 'w01', answer: 5, level: 5 }, new Date('2026-11-22T16:30:00Z')), // 00:30 on the 23rd in Beijing
        stored({ windowId: 'w01', answer: 1, level: 1, reasons: ['slow'] }, new Date('2026-11-23T02:00:00Z')),
        stored({ windowId: 'w02', answer: 4, level: 4 }, new Date('2026-11-24T02:00:00Z')),
        stored({ windowId: 'w02', answer: 4, level: 4, misuse: true }, new Date('2026-11-24T02:00:01Z')),
      ]);
      assert.deepEqual(await store.records.ratingCounts({ stationIds: ['demo'], by: 'window' }), [
        { key: 'w01', level: 1, count: 1 },
        { key: 'w01', level: 5, count: 1 },
        { key: 'w02', level: 4, count: 1 },
      ]);
      assert.deepEqual(await store.records.ratingCounts({ stationIds: ['demo'], by: 'day' }), [
        { key: '2026-11-23', level: 1, count: 1 },
        { key: '2026-11-23', level: 5, count: 1 },
        { key: '2026-11-24', level: 4, count: 1 },
      ]);
      const withMisuse = await store.records.ratingCounts({ stationIds: ['demo'], by: 'window', includeMisuse: true });
      assert.deepEqual(withMisuse.at(-1), { key: 'w02', level: 4, count: 2 });
      const period = await store.records.ratingCounts({
        stationIds: ['demo'],
        from: '2026-11-23T00:00:00.000Z',
        to: '2026-11-24T00:00:00.000Z',
      });
      assert.deepEqual(period, [{ key: null, level: 1, count: 1 }]);
    });

    run('two collectors storing the same batch at once store each record once', async (store, another) => {
      const second = await another();
      const batch = Array.from({ length: 200 }, (_, i) => stored({}, new Date(Date.UTC(2026, 10, 23, 2, 0, i))));
      const [a, b] = await Promise.all([store.records.insert(batch), second.records.insert(batch)]);
      batch.forEach((_, i) => {
        assert.deepEqual([a[i], b[i]].sort(), ['accepted', 'duplicate']);
      });
      const counts = await store.records.ratingCounts({ stationIds: ['demo'] });
      assert.equal(counts[0]?.count, 200);
    });

    run('station settings change and stay changed', async (store) => {
      const updated = await store.stations.update('demo', { scale: 3, cooldownMs: 8000 });
      assert.equal(updated?.scale, 3);
      assert.deepEqual(await store.stations.get('demo'), { ...updated });
      assert.equal(await store.stations.update('nowhere', { scale: 3 }), undefined);
    });

    run('a new station comes with its catalogue, read back exactly as it was put and ordered by id', async (store) => {
      for (const kind of CATALOGUE_KINDS) {
        const expected = [...(DEMO_STATION[kind] ?? [])].sort((a, b) => (a.id < b.id ? -1 : 1));
        assert.ok(expected.length > 0, `the demo has ${kind}`);
        assert.deepEqual(await store.catalogue.list('demo', kind), expected, kind);
      }
      const item = DEMO_STATION.serviceItems?.[0];
      assert.deepEqual(await store.catalogue.get('demo', 'serviceItems', item?.id ?? ''), item);
    });

    run('creating a station with a taken id refuses and writes nothing', async (store) => {
      assert.equal(await store.stations.create({ ...DEMO_STATION, name: 'other', windows: [{ id: 'w99', name: 'x' }] }), false);
      assert.equal((await store.stations.get('demo'))?.name, DEMO_STATION.name);
      assert.equal(await store.catalogue.get('demo', 'windows', 'w99'), undefined);
    });

    run('putting creates, then replaces the whole entry; deleting removes it once', async (store) => {
      const clerk = { id: 's99', name: '周敏', number: '10999', windowId: 'w02' };
      assert.equal(await store.catalogue.put('demo', 'staff', clerk), 'created');
      assert.deepEqual(await store.catalogue.get('demo', 'staff', 's99'), clerk);
      assert.equal(await store.catalogue.put('demo', 'staff', { id: 's99', name: '周敏' }), 'updated');
      assert.deepEqual(await store.catalogue.get('demo', 'staff', 's99'), { id: 's99', name: '周敏' }, 'left-out fields are cleared');
      assert.equal(await store.catalogue.delete('demo', 'staff', 's99'), true);
      assert.equal(await store.catalogue.delete('demo', 'staff', 's99'), false);
      assert.equal(await store.catalogue.get('demo', 'staff', 's99'), undefined);
    });

    run('service items keep their guide and commitments their limits, nested values intact', async (store) => {
      const item = {
        id: 'x',
        name: '测试事项',
        guide: {
          materials: [{ id: 'm1', name: '材料', form: 'copy' as const, copies: 2, condition: '仅代办时' }],
          timeLimitDays: 0,
          queryPhone: '010-12345678',
        },
      };
      assert.equal(await store.catalogue.put('demo', 'serviceItems', item), 'created');
      assert.deepEqual(await store.catalogue.get('demo', 'serviceItems', 'x'), item);
      const promise = {
        id: 'p',
        serviceItemId: 'x',
        promise: '到场',
        limits: [{ value: 0.5, unit: 'hours' as const, measure: 'average' as const }],
      };
      await store.catalogue.put('demo', 'commitments', promise);
      assert.deepEqual(await store.catalogue.get('demo', 'commitments', 'p'), promise);
    });

    run('entries belong to their station: the same id elsewhere is another entry', async (store) => {
      assert.equal(
        await store.stations.create({ id: 'other', name: '另一大厅', scale: 3, cooldownMs: 0, thankYouMs: 0, idleResetMs: 0 }),
        true,
      );
      assert.deepEqual(await store.catalogue.list('other', 'windows'), []);
      assert.equal(await store.catalogue.put('other', 'windows', { id: 'w01', name: '唯一窗口' }), 'created');
      assert.equal((await store.catalogue.get('demo', 'windows', 'w01'))?.name, '1号窗口 综合受理');
      assert.equal(await store.catalogue.delete('other', 'windows', 'w01'), true);
      assert.equal((await store.catalogue.list('demo', 'windows')).length, DEMO_STATION.windows?.length);
    });

    run('ids list in the same (bytewise) order on both databases', async (store) => {
      for (const id of ['b', 'B', 'a-1', 'a_1', 'a1', '1'])
        await store.catalogue.put('demo', 'commitments', { id, promise: id, limits: [] });
      const ids = (await store.catalogue.list('demo', 'commitments')).map((c) => c.id).filter((id) => id.length <= 3);
      assert.deepEqual(ids, ['1', 'B', 'a-1', 'a1', 'a_1', 'b']);
    });
  });
}
