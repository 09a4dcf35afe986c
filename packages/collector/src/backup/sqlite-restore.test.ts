import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterEach, beforeEach, describe, test } from 'node:test';
import { LOCK_FILE, markServing } from '../data-dir-lock.js';
import { SqliteStore } from '../store/sqlite.js';
import { backupSqlite } from './sqlite-backup.js';
import { restoreSqlite } from './sqlite-restore.js';
import { UnusableBackupError } from './unusable-backup.js';

const HALL = { id: 'hall', name: '城东大厅', scale: 5 as const, cooldownMs: 5000, thankYouMs: 3000, idleResetMs: 60_000 };

describe('SQLite backup and restore', () => {
  let work: string;
  let live: string;
  let backup: string;

  /** The station names the database at `file` holds. */
  const stationsIn = (file: string) => {
    const db = new DatabaseSync(file);
    try {
      db.exec('PRAGMA journal_mode = WAL'); // as the collector opens it, reading any -wal beside it
      return db
        .prepare('SELECT name FROM stations ORDER BY id')
        .all()
        .map((r) => String(r.name));
    } finally {
      db.close();
    }
  };
  /** Restoring `file` is refused with a message matching `why`, and the live database is byte for byte as it was. */
  const refused = (file: string, why: RegExp) => {
    const before = readFileSync(live);
    assert.throws(
      () => restoreSqlite(file, live),
      (error: unknown) => error instanceof UnusableBackupError && why.test(error.message),
    );
    assert.deepEqual(readFileSync(live), before);
    assert.deepEqual(stationsIn(live), ['城西大厅']);
  };

  beforeEach(async () => {
    work = mkdtempSync(join(tmpdir(), 'manyi-backup-'));
    live = join(work, 'data', 'manyi.sqlite');
    backup = join(work, 'hall.backup');
    const store = new SqliteStore(live);
    await store.migrate();
    await store.stations.create(HALL);
    await backupSqlite(live, backup);
    await store.stations.update('hall', { name: '城西大厅' });
    await store.close();
  });
  afterEach(() => rmSync(work, { recursive: true, force: true }));

  test('a backup is one private, self-contained file holding the data when it began', () => {
    assert.equal(statSync(backup).mode & 0o777, 0o600);
    assert.equal(readFileSync(backup)[18], 1, 'a rollback-journal file, not WAL: nothing lives beside it');
    assert.deepEqual(stationsIn(backup), ['城东大厅']);
  });

  test('restore puts the backup in place and keeps the replaced database beside it', () => {
    const restored = restoreSqlite(backup, live);
    assert.deepEqual(stationsIn(live), ['城东大厅']);
    assert.equal(statSync(live).mode & 0o777, 0o600);
    assert.ok(restored.previous);
    assert.deepEqual(stationsIn(restored.previous), ['城西大厅']);
  });

  test('a WAL left by a crashed collector is folded into the replaced copy, never replayed onto the restored data', () => {
    // The files as a kill -9 leaves them: the last writes only in manyi.sqlite-wal.
    const crashedDir = join(work, 'crashed');
    const writer = new DatabaseSync(live);
    writer.exec("PRAGMA journal_mode = WAL; PRAGMA wal_autocheckpoint = 0; UPDATE stations SET name = '城南大厅'");
    mkdirSync(crashedDir);
    for (const suffix of ['', '-wal']) copyFileSync(`${live}${suffix}`, join(crashedDir, `manyi.sqlite${suffix}`));
    writer.close();
    const crashed = join(crashedDir, 'manyi.sqlite');
    const restored = restoreSqlite(backup, crashed);
    assert.deepEqual(stationsIn(crashed), ['城东大厅']);
    assert.ok(restored.previous);
    assert.deepEqual(stationsIn(restored.previous), ['城南大厅']);
  });

  test('a damaged database in place is replaced, and kept', () => {
    writeFileSync(live, 'overwritten by a faulty disk');
    const restored = restoreSqlite(backup, live);
    assert.deepEqual(stationsIn(live), ['城东大厅']);
    assert.equal(readFileSync(restored.previous ?? '', 'utf8'), 'overwritten by a faulty disk');
  });

  test('a corrupt backup is refused and the data in place is untouched', () => {
    const bytes = readFileSync(backup);
    const pageSize = bytes.readUInt16BE(16);
    for (let page = 1; page * pageSize < bytes.length; page += 2) bytes.fill(0x5a, page * pageSize + 8, page * pageSize + 200);
    writeFileSync(join(work, 'corrupt'), bytes);
    refused(join(work, 'corrupt'), /corrupt|malformed|not a readable/);
  });

  test('a file that is not a database is refused', () => {
    writeFileSync(join(work, 'notes.txt'), '这不是数据库\n'.repeat(1000));
    refused(join(work, 'notes.txt'), /not a readable SQLite database/);
  });

  test('another application’s SQLite database is refused', () => {
    const foreign = new DatabaseSync(join(work, 'foreign.db'));
    foreign.exec("CREATE TABLE schema_migrations (version INTEGER, name TEXT); INSERT INTO schema_migrations VALUES (1, 'users');");
    foreign.close();
    refused(join(work, 'foreign.db'), /not a Manyi one/);
  });

  test('a backup from a newer collector is refused, naming both versions', () => {
    const newer = new DatabaseSync(backup);
    newer.exec("INSERT INTO schema_migrations VALUES (99, 'from the future', '2030-01-01T00:00:00Z')");
    newer.close();
    refused(backup, /schema version 99, newer than this collector \(schema version \d+\)/);
  });

  test('restore is refused while a collector serves the data directory', () => {
    const serving = markServing(join(work, 'data'));
    try {
      refused(backup, /a collector \(process \d+ .*is serving/);
    } finally {
      serving.release();
    }
    restoreSqlite(backup, live);
    assert.deepEqual(stationsIn(live), ['城东大厅']);
  });

  test('a lock left by a collector that was killed does not hold restore up', () => {
    const gone = spawnSync(process.execPath, ['-e', '']).pid;
    writeFileSync(join(work, 'data', LOCK_FILE), JSON.stringify({ pid: gone, host: hostname(), startedAt: new Date().toISOString() }));
    restoreSqlite(backup, live);
    assert.deepEqual(stationsIn(live), ['城东大厅']);
  });

  test('restore is refused while another connection holds the write lock', () => {
    const writer = new DatabaseSync(live);
    writer.exec('BEGIN IMMEDIATE');
    try {
      assert.throws(() => restoreSqlite(backup, live), /being written to/);
    } finally {
      writer.exec('ROLLBACK');
      writer.close();
    }
    assert.deepEqual(stationsIn(live), ['城西大厅']);
  });
});
