import { randomBytes } from 'node:crypto';
import { chmodSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import pg from 'pg';
import { POSTGRES_MIGRATIONS } from '../store/migrations.js';
import { isManyiSchema, NewerSchemaError, refuseNewerSchema } from '../store/schema-version.js';
import { runTool } from './postgres-tools.js';
import { UnusableBackupError } from './unusable-backup.js';

/**
 * pg_dump's custom format of the whole database: one consistent snapshot (pg_dump reads in one
 * repeatable-read transaction) while collectors keep writing. Written under a temporary name,
 * mode 0600, and renamed to `out` once pg_dump has finished without error.
 */
export function backupPostgres(databaseUrl: string, out: string): { bytes: number } {
  const target = resolve(out);
  const partial = join(dirname(target), `.${basename(target)}.${randomBytes(4).toString('hex')}.partial`);
  try {
    const run = runTool('pg_dump', ['--format=custom', '--no-owner', `--file=${partial}`], databaseUrl);
    if (run.status !== 0) throw new Error(`pg_dump failed: ${run.stderr.trim()}`);
    chmodSync(partial, 0o600);
    renameSync(partial, target);
    return { bytes: statSync(target).size };
  } finally {
    rmSync(partial, { force: true });
  }
}

/** The schema_migrations rows inside a pg_dump archive (the COPY block pg_restore prints). */
function archivedMigrations(from: string): { version: number; name: string }[] {
  const run = runTool('pg_restore', ['--data-only', '--table=schema_migrations', '--file=-', from]);
  if (run.status !== 0) throw new UnusableBackupError(`${from} cannot be read: ${run.stderr.trim()}`);
  const lines = run.stdout.split('\n');
  const start = lines.findIndex((line) => /^COPY \S*schema_migrations /.test(line));
  if (start < 0) return [];
  const rows = lines.slice(start + 1, lines.indexOf('\\.', start));
  return rows.map((row) => {
    const [version, name] = row.split('\t');
    return { version: Number(version), name: name ?? '' };
  });
}

/**
 * Restores a pg_dump archive into the empty database at `databaseUrl`, in one transaction (a
 * failure leaves it empty). A database that already holds tables is refused: restore into a new
 * database and point DATABASE_URL at it, so the data in place stays as it was.
 */
export async function restorePostgres(from: string, databaseUrl: string): Promise<{ schemaVersion: number }> {
  const listed = runTool('pg_restore', ['--list', from]);
  if (listed.status !== 0) throw new UnusableBackupError(`${from} is not a readable pg_dump archive: ${listed.stderr.trim()}`);
  const applied = archivedMigrations(from);
  if (!isManyiSchema(applied, POSTGRES_MIGRATIONS))
    throw new UnusableBackupError(`${from} is a pg_dump archive, but not of a Manyi database`);
  try {
    refuseNewerSchema(applied, POSTGRES_MIGRATIONS);
  } catch (error) {
    if (error instanceof NewerSchemaError) throw new UnusableBackupError(`${from} cannot be restored: ${error.message}`);
    throw error;
  }
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query('SELECT count(*)::int AS n FROM information_schema.tables WHERE table_schema = current_schema()');
    if (rows[0].n > 0)
      throw new UnusableBackupError(
        'not restoring: the database DATABASE_URL names already holds tables; create a new, empty database, point DATABASE_URL at it and restore there',
      );
  } finally {
    await client.end();
  }
  const run = runTool('pg_restore', ['--no-owner', '--exit-on-error', '--single-transaction', from], databaseUrl);
  if (run.status !== 0) throw new Error(`pg_restore failed, nothing was restored: ${run.stderr.trim()}`);
  return { schemaVersion: Math.max(...applied.map((a) => a.version)) };
}
