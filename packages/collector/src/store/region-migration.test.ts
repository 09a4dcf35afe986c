import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { describe, test } from 'node:test';
import pg from 'pg';
import { POSTGRES_MIGRATIONS, SQLITE_MIGRATIONS } from './migrations.js';
import { PostgresStore } from './postgres.js';
import { SqliteStore } from './sqlite.js';
import type { Store } from './store.js';

const PG_URL = process.env.MANYI_TEST_DATABASE_URL;
const BEFORE_REGIONS = 5;
const STATION_ROW = "INSERT INTO stations VALUES ('hall', '城东街道便民服务中心', 5, 5000, 3000, 60000, '2026-10-01T00:00:00Z')";

/** A station made before regions keeps its settings, lies in no region, and can be placed in one. */
async function checkUpgraded(store: Store): Promise<void> {
  await store.migrate();
  const station = await store.getStation('hall');
  assert.deepEqual(station, { id: 'hall', name: '城东街道便民服务中心', scale: 5, cooldownMs: 5000, thankYouMs: 3000, idleResetMs: 60000 });
  assert.equal(await store.putRegion({ id: 'xihu', name: '西湖区', code: '330106' }), 'created');
  assert.equal((await store.updateStation('hall', { regionId: 'xihu' }))?.regionId, 'xihu');
  assert.equal(await store.deleteRegion('xihu'), 'in-use');
}

describe('the region migration keeps the stations made before it', () => {
  test('SQLite', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'manyi-sqlite-'));
    const file = join(dir, 'manyi.sqlite');
    try {
      const db = new DatabaseSync(file);
      db.exec('PRAGMA foreign_keys = ON');
      db.exec('CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
      for (const m of SQLITE_MIGRATIONS.filter((m) => m.version < BEFORE_REGIONS)) {
        db.exec(m.sql);
        db.prepare('INSERT INTO schema_migrations VALUES (?, ?, ?)').run(m.version, m.name, new Date().toISOString());
      }
      db.exec(STATION_ROW);
      db.close();
      const store = new SqliteStore(file);
      try {
        await checkUpgraded(store);
      } finally {
        await store.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('PostgreSQL', { skip: PG_URL ? undefined : 'set MANYI_TEST_DATABASE_URL to run' }, async () => {
    const admin = new pg.Client({ connectionString: PG_URL });
    await admin.connect();
    const name = `manyi_test_${randomBytes(6).toString('hex')}`;
    await admin.query(`CREATE DATABASE ${name}`);
    const url = new URL(PG_URL as string);
    url.pathname = `/${name}`;
    try {
      const db = new pg.Client({ connectionString: url.toString() });
      await db.connect();
      await db.query('CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TIMESTAMPTZ NOT NULL)');
      for (const m of POSTGRES_MIGRATIONS.filter((m) => m.version < BEFORE_REGIONS)) {
        await db.query(m.sql);
        await db.query('INSERT INTO schema_migrations VALUES ($1, $2, now())', [m.version, m.name]);
      }
      await db.query(STATION_ROW);
      await db.end();
      const store = new PostgresStore(url.toString());
      try {
        await checkUpgraded(store);
      } finally {
        await store.close();
      }
    } finally {
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    }
  });
});
