import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { CommitmentSchema, ServiceItemSchema, StaffSchema, StationSchema, WindowSchema } from '@manyi/core';
import { entryProblems, readCatalogue } from './catalogue.js';
import { DEMO_STATION, seedDemo } from './demo.js';
import { CATALOGUE_KINDS } from './store/store.js';
import { backends } from './test-support/backends.js';

const SCHEMAS = { windows: WindowSchema, staff: StaffSchema, serviceItems: ServiceItemSchema, commitments: CommitmentSchema };

describe('the demo station', () => {
  test('passes the schemas the admin API and the kiosk apply, and every reference in it resolves', async () => {
    assert.equal(StationSchema.safeParse(DEMO_STATION).success, true);
    for (const kind of CATALOGUE_KINDS) {
      const entries = DEMO_STATION[kind] ?? [];
      for (const entry of entries) {
        const parsed = SCHEMAS[kind].safeParse(entry);
        assert.ok(parsed.success, `${kind} ${entry.id}: ${parsed.error?.message}`);
        const exists = async (k: typeof kind, id: string) => (DEMO_STATION[k] ?? []).some((e) => e.id === id);
        assert.deepEqual(await entryProblems(entry, exists), [], `${kind} ${entry.id}`);
      }
    }
  });

  test('has three windows, staff with their 工号, service items with materials guides, and commitments with hotline 12345', () => {
    assert.equal(DEMO_STATION.windows?.length, 3);
    assert.ok((DEMO_STATION.staff ?? []).length >= 5 && (DEMO_STATION.staff ?? []).every((s) => s.number && s.windowId));
    const items = DEMO_STATION.serviceItems ?? [];
    assert.ok(items.length >= 4 && items.every((i) => i.guide.materials.length >= 3 && i.guide.legalBasis && i.guide.queryPhone));
    const commitments = DEMO_STATION.commitments ?? [];
    assert.ok(commitments.length >= 4 && commitments.every((c) => c.hotline === '12345' && c.complaintPhone && c.liability && c.hours));
  });
});

for (const backend of backends()) {
  describe(`seeding the demo on ${backend.name}`, { skip: backend.skip }, () => {
    test('an empty database gets the whole demo station once', async () => {
      const db = await backend.fresh();
      try {
        assert.equal(await seedDemo(db.store), true);
        assert.equal(await seedDemo(db.store), false);
        const catalogue = await readCatalogue(db.store, 'demo');
        for (const kind of CATALOGUE_KINDS) assert.equal(catalogue[kind].length, DEMO_STATION[kind]?.length, kind);
      } finally {
        await db.dispose();
      }
    });

    test('a demo station seeded before catalogues existed gets the missing entries once, keeping its own', async () => {
      const db = await backend.fresh();
      try {
        const { id, name, scale, cooldownMs, thankYouMs, idleResetMs } = DEMO_STATION;
        await db.store.stations.create({
          id,
          name,
          scale,
          cooldownMs,
          thankYouMs,
          idleResetMs,
          windows: [{ id: 'w03', name: '3号窗口 税务业务' }],
        });
        await db.store.settings.init('seeded', '2026-11-01T00:00:00.000Z');
        assert.equal(await seedDemo(db.store), false, 'no new enrollment code for an old data directory');
        assert.equal((await db.store.catalogue.get('demo', 'windows', 'w03'))?.name, '3号窗口 税务业务');
        assert.equal((await db.store.catalogue.list('demo', 'staff')).length, DEMO_STATION.staff?.length);
        assert.equal(await db.store.catalogue.delete('demo', 'staff', 's01'), true);
        await seedDemo(db.store);
        assert.equal(await db.store.catalogue.get('demo', 'staff', 's01'), undefined, 'what the manager deleted stays deleted');
      } finally {
        await db.dispose();
      }
    });
  });
}
