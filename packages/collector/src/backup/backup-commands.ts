import { join } from 'node:path';
import type { CollectorConfig } from '../config.js';
import { backupPostgres, restorePostgres } from './postgres-backup.js';
import { DUMP_COMMAND, onPath, RESTORE_COMMAND } from './postgres-tools.js';
import { backupSqlite } from './sqlite-backup.js';
import { restoreSqlite } from './sqlite-restore.js';
import { UnusableBackupError } from './unusable-backup.js';

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/**
 * `manyi-collector backup --out FILE`: SQLite through its online backup, while the collector
 * serves; PostgreSQL through pg_dump when it is on PATH, else the command to run is printed and
 * nothing is written (exit 1). Exit 2 for a missing flag.
 */
export async function runBackup(config: CollectorConfig, out: string | undefined): Promise<number> {
  if (!out) {
    console.error('backup needs --out FILE');
    return 2;
  }
  if (config.databaseUrl) {
    if (!onPath('pg_dump')) {
      console.error(
        `pg_dump is not on PATH: no backup was made. Run, where pg_dump matching the server's version is installed:\n  ${DUMP_COMMAND(out)}`,
      );
      return 1;
    }
    const { bytes } = backupPostgres(config.databaseUrl, out);
    console.log(`backed up PostgreSQL with pg_dump (custom format, ${megabytes(bytes)}) to ${out}`);
    return 0;
  }
  const summary = await backupSqlite(join(config.dataDir, 'manyi.sqlite'), out);
  console.log(`backed up ${summary.records} records (schema version ${summary.schemaVersion}, ${megabytes(summary.bytes)}) to ${out}`);
  return 0;
}

/**
 * `manyi-collector restore --from FILE`: replaces the SQLite database, or fills an empty
 * PostgreSQL database, after checking the backup. Exit 1, with the data in place untouched, for a
 * file that is corrupt, foreign or newer than this collector, or while a collector is serving.
 */
export async function runRestore(config: CollectorConfig, from: string | undefined): Promise<number> {
  if (!from) {
    console.error('restore needs --from FILE');
    return 2;
  }
  try {
    if (config.databaseUrl) {
      if (!onPath('pg_restore')) {
        console.error(`pg_restore is not on PATH: nothing was restored. Into a new, empty database, run:\n  ${RESTORE_COMMAND(from)}`);
        return 1;
      }
      const { schemaVersion } = await restorePostgres(from, config.databaseUrl);
      console.log(`restored ${from} (schema version ${schemaVersion}) into PostgreSQL; start the collector to bring the schema up to date`);
      return 0;
    }
    const restored = restoreSqlite(from, join(config.dataDir, 'manyi.sqlite'));
    console.log(`restored ${restored.records} records (schema version ${restored.schemaVersion}) from ${from}`);
    if (restored.previous) console.log(`the database it replaced is kept as ${restored.previous}`);
    return 0;
  } catch (error) {
    if (!(error instanceof UnusableBackupError)) throw error;
    console.error(`${error.message}\nnothing was changed.`);
    return 1;
  }
}
