import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { postgresBefore, sqliteBefore } from '../test-support/older-schema.js';
import { postgresSkip } from '../test-support/postgres-database.js';
import { PostgresStore } from './postgres.js';
import { SqliteStore } from './sqlite.js';
import type { Store } from './store.js';

const PG_URL = process.env.MANYI_TEST_DATABASE_URL;
const REGIONS = 5;
const STATION_ROW = "INSERT INTO stations VALUES ('hall', '城东街道便民服务中心', 5, 5000, 3000, 60000, '2026-10-01T00:00:00Z')";

/** A station made before regions keeps its settings, lies in no region, and can be placed in one. */
async function checkUpgraded(store: Store): Promise<void> {
  try {
    await store.migrate();
    const station = await store.stations.get('hall');
    assert.deepEqual(station, {
      id: 'hall',
      name: '城东街道便民服务中心',
      scale: 5,
      cooldownMs: 5000,
      thankYouMs: 3000,
      idleResetMs: 60000,
    });
    assert.equal(await store.regions.put({ id: 'xihu', name: '西湖区', code: '330106' }), 'created');
    assert.equal((await store.stations.update('hall', { regionId: 'xihu' }))?.regionId, 'xihu');
    assert.equal(await store.regions.delete('xihu'), 'in-use');
  } finally {
    await store.close();
  }
}

describe('the region migration keeps the stations made before it', () => {
  test('SQLite', async () => {
    const db = sqliteBefore(REGIONS, (d) => d.exec(STATION_ROW));
    try {
      await checkUpgraded(new SqliteStore(db.file));
    } finally {
      db.dispose();
    }
  });

  test('PostgreSQL', { skip: postgresSkip() }, async () => {
    const db = await postgresBefore(PG_URL as string, REGIONS, async (d) => void (await d.query(STATION_ROW)));
    try {
      await checkUpgraded(new PostgresStore(db.url));
    } finally {
      await db.dispose();
    }
  });
});
