/**
 * Who reads which part of the audit trail (issue 18): an admin all of it, a supervisor only the
 * entries about stations within their region, in the list and the CSV export alike; others none.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Store } from './store/store.js';
import { backends } from './test-support/backends.js';
import { type ApiCall, apiClient, HALL } from './test-support/http.js';
import { seedPeople } from './test-support/people.js';

type Entry = { action: string; stationId: string | null };

for (const backend of backends()) {
  describe(`the audit trail within a supervisor's region on ${backend.name}`, { skip: backend.skip }, () => {
    let db: Awaited<ReturnType<typeof backend.fresh>>;
    let call: ApiCall;
    let session: (username: string) => Promise<string>;
    const as = async (username: string, path: string) => call('GET', path, undefined, await session(username));

    before(async () => {
      db = await backend.fresh();
      const store: Store = db.store;
      call = apiClient(store);
      // Region `a` holds `a1`, which holds station `hall`; station `far` lies in region `b`.
      for (const [id, parentId] of [['a'], ['a1', 'a'], ['b']] as const) {
        const put = await call('PUT', `/admin/regions/${id}`, { name: id, ...(parentId ? { parentId } : {}) });
        assert.ok(put.status < 300, put.text);
      }
      for (const [id, regionId] of [
        ['hall', 'a1'],
        ['far', 'b'],
      ] as const) {
        const created = await call('POST', '/admin/stations', { ...HALL, id, regionId });
        assert.equal(created.status, 201, created.text);
        const patched = await call('PATCH', `/admin/stations/${id}`, { cooldownMs: 8000 });
        assert.equal(patched.status, 200, patched.text);
      }
      session = await seedPeople(store, [
        { username: 'sup-a', role: 'supervisor', regionId: 'a' },
        { username: 'watcher-a', role: 'observer', regionId: 'a' },
        { username: 'boss', role: 'manager', stationId: 'hall' },
      ]);
    });
    after(() => db?.dispose());

    test('a supervisor of region a reads the entries about hall, never those about far or about no station', async () => {
      const all = await call('GET', '/admin/audit?action=updateStation');
      assert.deepEqual(all.body.items.map((e: Entry) => e.stationId).sort(), ['far', 'hall'], 'the admin sees both');
      for (const query of ['?region=a', '?region=a1', '?station=hall']) {
        const mine = await as('sup-a', `/admin/audit${query}`);
        assert.equal(mine.status, 200, mine.text);
        const stations = new Set(mine.body.items.map((e: Entry) => e.stationId));
        assert.deepEqual([...stations], ['hall'], query);
        assert.ok(
          mine.body.items.some((e: Entry) => e.action === 'updateStation'),
          query,
        );
      }
      for (const query of ['?region=b', '?station=far', '', '?region=a&station=far']) {
        const refused = await as('sup-a', `/admin/audit${query}`);
        assert.equal(refused.status, 403, `${query}: ${refused.text}`);
      }
    });

    test('the CSV export stops at the same region', async () => {
      const csv = await as('sup-a', '/admin/audit.csv?region=a');
      assert.equal(csv.status, 200, csv.text);
      const listed = await as('sup-a', '/admin/audit?region=a&limit=500');
      const rows = csv.text.trim().split('\n').slice(1);
      assert.equal(rows.length, listed.body.items.length, 'one row per entry the list shows');
      assert.ok(
        rows.every((row) => row.includes(',hall,')),
        csv.text,
      );
      assert.doesNotMatch(csv.text, /,far,/);
      assert.equal((await as('sup-a', '/admin/audit.csv?station=far')).status, 403);
      assert.equal((await as('sup-a', '/admin/audit.csv')).status, 403);
      assert.match((await call('GET', '/admin/audit.csv')).text, /,far,/, 'the admin’s export holds far');
    });

    test('observers and managers read no part of it', async () => {
      assert.equal((await as('watcher-a', '/admin/audit?region=a')).status, 403);
      assert.equal((await as('boss', '/admin/audit?station=hall')).status, 403);
      assert.equal((await as('boss', '/admin/audit.csv?station=hall')).status, 403);
    });
  });
}
