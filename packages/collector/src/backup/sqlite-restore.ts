import { randomBytes } from 'node:crypto';
import { chmodSync, copyFileSync, existsSync, linkSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { servingCollector } from '../data-dir-lock.js';
import { checkManyiDatabase, type DatabaseSummary } from './sqlite-file.js';
import { UnusableBackupError } from './unusable-backup.js';

/** SQLITE_BUSY: another connection holds the lock. */
const BUSY = 5;

/**
 * Whether another connection holds the database's write lock right now (a collector mid-batch).
 * A database too damaged to open does not count: replacing it is what restore is for.
 */
function writeLocked(live: string): boolean {
  try {
    const db = new DatabaseSync(live);
    try {
      db.exec('PRAGMA busy_timeout = 0; BEGIN IMMEDIATE; ROLLBACK;');
    } finally {
      db.close();
    }
    return false;
  } catch (error) {
    return (error as { errcode?: number }).errcode === BUSY;
  }
}

/**
 * Folds the live database's WAL into its file, so that no -wal can be replayed onto the restored
 * database; closing the last connection removes the -wal. A WAL that cannot be folded in (a
 * damaged database) is kept beside the replaced copy, not thrown away.
 */
function settle(live: string, previous: string): void {
  try {
    const db = new DatabaseSync(live);
    try {
      db.exec('PRAGMA wal_checkpoint(TRUNCATE)');
    } finally {
      db.close();
    }
  } catch {
    // kept below
  }
  if (existsSync(`${live}-wal`)) renameSync(`${live}-wal`, `${previous}-wal`);
  for (const suffix of ['-shm', '-journal']) rmSync(`${live}${suffix}`, { force: true });
}

/**
 * Replaces the SQLite database `live` with the backup `from`. Nothing in the data directory changes
 * unless the backup passes every check (see checkManyiDatabase) on a private copy beside `live`;
 * that copy then takes `live`'s name in one rename. The replaced database stays beside it as
 * `<name>.before-restore-<time>`. Refuses while a collector serves the directory.
 */
export function restoreSqlite(from: string, live: string): DatabaseSummary & { previous?: string } {
  const dataDir = dirname(live);
  const serving = servingCollector(dataDir);
  if (serving) throw new UnusableBackupError(`not restoring: ${serving}`);
  if (!existsSync(from)) throw new UnusableBackupError(`no backup at ${from}`);
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const staged = join(dataDir, `.${basename(live)}.${randomBytes(4).toString('hex')}.restoring`);
  try {
    copyFileSync(from, staged);
    chmodSync(staged, 0o600);
    const summary = checkManyiDatabase(staged, from);
    // Only now is the live database opened: a refused backup leaves it untouched to the byte.
    if (existsSync(live) && writeLocked(live))
      throw new UnusableBackupError(`not restoring: ${live} is being written to; stop the collector first`);
    let previous: string | undefined;
    if (existsSync(live)) {
      previous = `${live}.before-restore-${new Date().toISOString().replace(/[:.]/g, '-')}`;
      settle(live, previous);
      linkSync(live, previous);
    }
    renameSync(staged, live);
    return { ...summary, previous };
  } finally {
    for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(`${staged}${suffix}`, { force: true });
  }
}
