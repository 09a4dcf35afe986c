import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import pg from 'pg';
import { POSTGRES_MIGRATIONS } from '../store/migrations.js';
import { PostgresStore } from '../store/postgres.js';
import { throwawayDatabase } from '../test-support/postgres-database.js';
import { backupPostgres, restorePostgres } from './postgres-backup.js';
import { UnusableBackupError } from './unusable-backup.js';

const PG_URL = process.env.MANYI_TEST_DATABASE_URL;
const tools = ['pg_dump', 'pg_restore'].every((tool) => spawnSync(tool, ['--version']).status === 0);
const skip = !PG_URL ? 'set MANYI_TEST_DATABASE_URL to run against PostgreSQL' : !tools && 'pg_dump and pg_restore are not on PATH';
const HALL = { id: 'hall', name: '城东大厅', scale: 5 as const, cooldownMs: 5000, thankYouMs: 3000, idleResetMs: 60_000 };

describe('PostgreSQL backup and restore', { skip }, () => {
  let work: string;
  let source: { url: string; drop(): Promise<void> };
  let dump: string;

  before(async () => {
    work = mkdtempSync(join(tmpdir(), 'manyi-pg-backup-'));
    source = await throwawayDatabase(PG_URL as string);
    const store = new PostgresStore(source.url);
    await store.migrate();
    await store.stations.create(HALL);
    await store.close();
    dump = join(work, 'hall.dump');
    backupPostgres(source.url, dump);
  });
  after(async () => {
    await source?.drop();
    rmSync(work, { recursive: true, force: true });
  });

  /** Restoring `file` into a new database is refused with a message matching `why`, and the database stays empty. */
  async function refusedIntoEmpty(file: string, why: RegExp) {
    const target = await throwawayDatabase(PG_URL as string);
    try {
      await assert.rejects(
        restorePostgres(file, target.url),
        (error: unknown) => error instanceof UnusableBackupError && why.test(error.message),
      );
      const store = new PostgresStore(target.url);
      assert.equal((await store.migrationStatus()).applied.length, 0);
      await store.close();
    } finally {
      await target.drop();
    }
  }

  test('a dump restores into a new, empty database', async () => {
    const target = await throwawayDatabase(PG_URL as string);
    try {
      assert.equal((await restorePostgres(dump, target.url)).schemaVersion, POSTGRES_MIGRATIONS.at(-1)?.version);
      const store = new PostgresStore(target.url);
      assert.equal((await store.stations.get('hall'))?.name, '城东大厅');
      await store.close();
    } finally {
      await target.drop();
    }
  });

  test('a database that already holds data is refused and stays as it was', async () => {
    await assert.rejects(restorePostgres(dump, source.url), /already holds tables/);
    const store = new PostgresStore(source.url);
    assert.equal((await store.stations.get('hall'))?.name, '城东大厅');
    await store.close();
  });

  test('a file that is not a pg_dump archive is refused', async () => {
    writeFileSync(join(work, 'notes.txt'), 'not a dump\n');
    await refusedIntoEmpty(join(work, 'notes.txt'), /not a readable pg_dump archive/);
  });

  /** A dump of a new database after `prepare` has run on it. */
  async function dumpOf(name: string, prepare: (db: pg.Client) => Promise<unknown>): Promise<string> {
    const other = await throwawayDatabase(PG_URL as string);
    const db = new pg.Client({ connectionString: other.url });
    try {
      await db.connect();
      await prepare(db);
      await db.end();
      backupPostgres(other.url, join(work, name));
      return join(work, name);
    } finally {
      await other.drop();
    }
  }

  test('an archive of another application’s database is refused', async () => {
    const file = await dumpOf('other.dump', (db) =>
      db.query("CREATE TABLE schema_migrations (version int, name text); INSERT INTO schema_migrations VALUES (1, 'users')"),
    );
    await refusedIntoEmpty(file, /not of a Manyi database/);
  });

  test('an archive from a newer collector is refused, naming both versions', async () => {
    const file = await dumpOf('newer.dump', async (db) => {
      await db.query('CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TIMESTAMPTZ NOT NULL)');
      for (const m of POSTGRES_MIGRATIONS) await db.query('INSERT INTO schema_migrations VALUES ($1, $2, now())', [m.version, m.name]);
      await db.query("INSERT INTO schema_migrations VALUES (99, 'from the future', now())");
    });
    await refusedIntoEmpty(
      file,
      new RegExp(`schema version 99, newer than this collector \\(schema version ${POSTGRES_MIGRATIONS.at(-1)?.version}\\)`),
    );
  });
});
