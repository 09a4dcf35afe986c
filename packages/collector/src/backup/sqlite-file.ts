import { DatabaseSync } from 'node:sqlite';
import { SQLITE_MIGRATIONS } from '../store/migrations.js';
import { type AppliedMigration, isManyiSchema, NewerSchemaError, refuseNewerSchema } from '../store/schema-version.js';
import { UnusableBackupError } from './unusable-backup.js';

/** What a Manyi SQLite database file holds, for the operator's report. */
export interface DatabaseSummary {
  schemaVersion: number;
  records: number;
}

/**
 * Checks a database file as `restore` needs it: readable, intact page by page, holding Manyi's
 * migrations table with Manyi's migrations, and no newer than this collector. The file is opened
 * read-write (SQLite may need to recover its journal), so call it on a copy.
 */
export function checkManyiDatabase(file: string, label: string): DatabaseSummary {
  let db: DatabaseSync;
  try {
    db = new DatabaseSync(file);
  } catch (error) {
    throw new UnusableBackupError(`${label} cannot be opened: ${(error as Error).message}`);
  }
  try {
    let problems: string[];
    try {
      problems = db
        .prepare('PRAGMA integrity_check(5)')
        .all()
        .map((row) => String(row.integrity_check));
    } catch (error) {
      throw new UnusableBackupError(`${label} is not a readable SQLite database: ${(error as Error).message}`);
    }
    if (problems.join() !== 'ok') throw new UnusableBackupError(`${label} is corrupt: ${problems.join('; ')}`);
    const hasMigrations = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'").get();
    const applied = hasMigrations
      ? (db.prepare('SELECT version, name FROM schema_migrations').all() as unknown as Pick<AppliedMigration, 'version' | 'name'>[])
      : [];
    if (!isManyiSchema(applied, SQLITE_MIGRATIONS)) throw new UnusableBackupError(`${label} is an SQLite database, but not a Manyi one`);
    try {
      refuseNewerSchema(applied, SQLITE_MIGRATIONS);
    } catch (error) {
      if (error instanceof NewerSchemaError) throw new UnusableBackupError(`${label} cannot be restored: ${error.message}`);
      throw error;
    }
    const records = Number(db.prepare('SELECT count(*) AS n FROM records').get()?.n);
    return { schemaVersion: Math.max(...applied.map((a) => Number(a.version))), records };
  } finally {
    db.close();
  }
}
