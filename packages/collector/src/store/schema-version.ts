import type { Migration } from './migrations.js';
import type { Sql } from './sql/port.js';

/** A migration a database records as applied. */
export interface AppliedMigration {
  version: number;
  name: string;
  appliedAt: string;
}

export interface MigrationStatus {
  applied: AppliedMigration[];
  /** Migrations this collector knows and the database has not had yet. */
  pending: Pick<Migration, 'version' | 'name'>[];
  /** The newest version this collector knows. */
  codeVersion: number;
  /** The newest version the database has had (0 when none). */
  databaseVersion: number;
}

/** The database was migrated by a newer collector: running older code on it could lose data. */
export class NewerSchemaError extends Error {
  constructor(databaseVersion: number, codeVersion: number) {
    super(
      `the database is at schema version ${databaseVersion}, newer than this collector (schema version ${codeVersion}): ` +
        'run the collector version that migrated it (or newer), or restore a backup taken before that upgrade',
    );
    this.name = 'NewerSchemaError';
  }
}

export const latestVersion = (list: readonly Migration[]): number => Math.max(0, ...list.map((m) => m.version));

/**
 * Whether applied migrations are this collector's: every version it knows must carry the same
 * name. A database of another application with a `schema_migrations` table is not a Manyi one.
 */
export function isManyiSchema(applied: readonly Pick<AppliedMigration, 'version' | 'name'>[], list: readonly Migration[]): boolean {
  if (applied.length === 0) return false;
  const names = new Map(list.map((m) => [m.version, m.name]));
  return applied.every((a) => !names.has(a.version) || names.get(a.version) === a.name) && applied.some((a) => names.has(a.version));
}

/** Throws NewerSchemaError when the database has a migration this code does not know. */
export function refuseNewerSchema(applied: readonly { version: number }[], list: readonly Migration[]): void {
  const databaseVersion = Math.max(0, ...applied.map((a) => a.version));
  if (databaseVersion > latestVersion(list)) throw new NewerSchemaError(databaseVersion, latestVersion(list));
}

const MIGRATIONS_TABLE: Record<Sql['engine'], string> = {
  sqlite: "SELECT 1 AS found FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'",
  postgres: "SELECT 1 AS found FROM information_schema.tables WHERE table_name = 'schema_migrations' AND table_schema = current_schema()",
};

/** Applied and pending migrations, read without changing anything (a new database has none applied). */
export async function migrationStatus(sql: Sql, list: readonly Migration[]): Promise<MigrationStatus> {
  const exists = await sql.get(MIGRATIONS_TABLE[sql.engine]);
  const rows = exists ? await sql.all('SELECT version, name, applied_at FROM schema_migrations ORDER BY version') : [];
  const applied = rows.map((r) => ({
    version: Number(r.version),
    name: String(r.name),
    appliedAt: r.applied_at instanceof Date ? r.applied_at.toISOString() : String(r.applied_at),
  }));
  const done = new Set(applied.map((a) => a.version));
  return {
    applied,
    pending: list.filter((m) => !done.has(m.version)).map(({ version, name }) => ({ version, name })),
    codeVersion: latestVersion(list),
    databaseVersion: Math.max(0, ...applied.map((a) => a.version)),
  };
}
