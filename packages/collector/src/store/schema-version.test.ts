import assert from 'node:assert/strict';
import { DatabaseSync } from 'node:sqlite';
import { describe, test } from 'node:test';
import { backends } from '../test-support/backends.js';
import { postgresBefore, sqliteBefore } from '../test-support/older-schema.js';
import { SQLITE_MIGRATIONS } from './migrations.js';
import { PostgresStore } from './postgres.js';
import { NewerSchemaError } from './schema-version.js';
import { SqliteStore } from './sqlite.js';

// Versions may skip numbers (each change takes the number it was given), so read them, never count.
const LATEST = SQLITE_MIGRATIONS.at(-1)?.version ?? 0;
const PREVIOUS = SQLITE_MIGRATIONS.at(-2)?.version ?? 0;
/** The newest migration: what a database one version behind has pending. */
const NEWEST = { version: LATEST, name: SQLITE_MIGRATIONS.at(-1)?.name };
const PG_URL = process.env.MANYI_TEST_DATABASE_URL;

for (const backend of backends()) {
  describe(`schema versions on ${backend.name}`, { skip: backend.skip }, () => {
    test('migrate --status lists every migration as applied on a migrated database, none pending', async () => {
      const { store, dispose } = await backend.fresh();
      try {
        const status = await store.migrationStatus();
        assert.deepEqual(
          status.applied.map((m) => m.version),
          SQLITE_MIGRATIONS.map((m) => m.version),
        );
        assert.ok(status.applied.every((m) => !Number.isNaN(Date.parse(m.appliedAt))));
        assert.deepEqual(status.pending, []);
        assert.equal(status.databaseVersion, LATEST);
        assert.equal(status.codeVersion, LATEST);
      } finally {
        await dispose();
      }
    });

    test('a database a newer collector migrated is refused, naming both versions, and left as it was', async () => {
      const { store, another, dispose } = await backend.fresh();
      try {
        await store.stations.create({ id: 'hall', name: '城东大厅', scale: 5, cooldownMs: 5000, thankYouMs: 3000, idleResetMs: 60_000 });
        const p = store.kind === 'sqlite' ? (n: number) => `?${n}` : (n: number) => `$${n}`;
        // What a future collector leaves behind: a migration this code does not know.
        await (store as unknown as { sql: { run(s: string, v: unknown[]): Promise<number> } }).sql.run(
          `INSERT INTO schema_migrations (version, name, applied_at) VALUES (${p(1)}, ${p(2)}, ${p(3)})`,
          [LATEST + 2, 'from the future', new Date().toISOString()],
        );
        const older = await another().catch((error: unknown) => error);
        assert.ok(older instanceof NewerSchemaError, String(older));
        assert.match(older.message, new RegExp(`schema version ${LATEST + 2}, newer than this collector \\(schema version ${LATEST}\\)`));
        assert.equal((await store.migrationStatus()).databaseVersion, LATEST + 2);
        assert.equal((await store.stations.get('hall'))?.name, '城东大厅');
      } finally {
        await dispose();
      }
    });
  });
}

describe('pending migrations', () => {
  test('an SQLite database one version behind lists the newest migration as pending until migrated', async () => {
    const old = sqliteBefore(LATEST, () => {});
    const store = new SqliteStore(old.file);
    try {
      const before = await store.migrationStatus();
      assert.deepEqual(before.pending, [NEWEST]);
      assert.equal(before.databaseVersion, PREVIOUS);
      await store.migrate();
      assert.deepEqual((await store.migrationStatus()).pending, []);
    } finally {
      await store.close();
      old.dispose();
    }
  });

  test('an empty SQLite database has every migration pending and gains no table from --status', async () => {
    const old = sqliteBefore(1, () => {});
    const empty = old.file.replace(/manyi\.sqlite$/, 'empty.sqlite');
    const store = new SqliteStore(empty);
    try {
      const status = await store.migrationStatus();
      assert.equal(status.applied.length, 0);
      assert.equal(status.pending.length, SQLITE_MIGRATIONS.length);
      assert.equal(status.databaseVersion, 0);
      const db = new DatabaseSync(empty);
      assert.equal(db.prepare('SELECT count(*) AS n FROM sqlite_master').get()?.n, 0);
      db.close();
    } finally {
      await store.close();
      old.dispose();
    }
  });

  test('a PostgreSQL database one version behind lists the newest migration as pending', {
    skip: !PG_URL && 'set MANYI_TEST_DATABASE_URL',
  }, async () => {
    const old = await postgresBefore(PG_URL as string, LATEST, async () => {});
    const store = new PostgresStore(old.url);
    try {
      assert.deepEqual((await store.migrationStatus()).pending, [NEWEST]);
    } finally {
      await store.close();
      await old.dispose();
    }
  });
});
