import { randomBytes } from 'node:crypto';
import { chmodSync, closeSync, existsSync, openSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import * as sqlite from 'node:sqlite';
import { checkManyiDatabase, type DatabaseSummary } from './sqlite-file.js';

/** All pages in one step: one read snapshot, so writes by the serving collector neither restart nor tear it. */
const ALL_PAGES = 2 ** 31 - 1;

/**
 * An online backup of the SQLite database `live` into `out`, while a collector may be writing to it.
 * SQLite's backup API copies from one read transaction: the copy holds exactly the transactions
 * committed when it began (every batch already answered), and ingest goes on meanwhile (WAL).
 * Copying the file itself is not safe: committed batches may still sit in the -wal file.
 * The copy is checked, made one self-contained file (no WAL) with mode 0600, and only then
 * takes the name `out`, so an interrupted backup never leaves a half-written file there.
 */
export async function backupSqlite(live: string, out: string): Promise<DatabaseSummary & { bytes: number }> {
  if (typeof sqlite.backup !== 'function')
    throw new Error(`this Node.js (${process.version}) has no SQLite online backup: use Node.js 22.16 or newer`);
  if (!existsSync(live)) throw new Error(`no database at ${live} (is MANYI_DATA_DIR right?)`);
  const target = resolve(out);
  const partial = join(dirname(target), `.${basename(target)}.${randomBytes(4).toString('hex')}.partial`);
  closeSync(openSync(partial, 'wx', 0o600)); // exists, private, before any page is written
  try {
    const source = new sqlite.DatabaseSync(live);
    try {
      source.exec('PRAGMA busy_timeout = 5000');
      await sqlite.backup(source, partial, { rate: ALL_PAGES });
    } finally {
      source.close();
    }
    const copy = new sqlite.DatabaseSync(partial);
    try {
      copy.exec('PRAGMA journal_mode = DELETE');
    } finally {
      copy.close();
    }
    const summary = checkManyiDatabase(partial, 'the backup');
    chmodSync(partial, 0o600);
    renameSync(partial, target);
    return { ...summary, bytes: statSync(target).size };
  } finally {
    rmSync(partial, { force: true });
    rmSync(`${partial}-journal`, { force: true });
  }
}
