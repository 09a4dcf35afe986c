import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import type { ManyiRecord } from '@manyi/core';
import pg from 'pg';
import { localTime } from '../clock.js';
import { POSTGRES_MIGRATIONS, SQLITE_MIGRATIONS } from '../store/migrations.js';
import { recordValues } from '../store/rows.js';
import { throwawayDatabase } from './postgres-database.js';

/**
 * A database as a collector from before migration `version` left it: every earlier migration
 * applied and recorded, then `seed` writes that collector's rows. The caller opens a store on it,
 * migrates, and disposes of it.
 */
export function sqliteBefore(version: number, seed: (db: DatabaseSync) => void): { file: string; dispose(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'manyi-sqlite-'));
  const file = join(dir, 'manyi.sqlite');
  const db = new DatabaseSync(file);
  try {
    db.exec('PRAGMA foreign_keys = ON');
    db.exec('CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
    for (const m of SQLITE_MIGRATIONS.filter((m) => m.version < version)) {
      db.exec(m.sql);
      db.prepare('INSERT INTO schema_migrations VALUES (?, ?, ?)').run(m.version, m.name, new Date().toISOString());
    }
    seed(db);
  } finally {
    db.close();
  }
  return { file, dispose: () => rmSync(dir, { recursive: true, force: true }) };
}

/** The same in a new database of the PostgreSQL server at `serverUrl`. */
export async function postgresBefore(
  serverUrl: string,
  version: number,
  seed: (db: pg.Client) => Promise<void>,
): Promise<{ url: string; dispose(): Promise<void> }> {
  const { url, drop: dispose } = await throwawayDatabase(serverUrl);
  const db = new pg.Client({ connectionString: url });
  try {
    await db.connect();
    await db.query('CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TIMESTAMPTZ NOT NULL)');
    for (const m of POSTGRES_MIGRATIONS.filter((m) => m.version < version)) {
      await db.query(m.sql);
      await db.query('INSERT INTO schema_migrations VALUES ($1, $2, now())', [m.version, m.name]);
    }
    await seed(db);
  } catch (error) {
    await db.end().catch(() => {});
    await dispose();
    throw error;
  }
  await db.end();
  return { url, dispose };
}

/** A tablet's record as a `records` row in today's column order, to seed a database of an older version. */
export function deviceRecordRow(record: ManyiRecord): ReturnType<typeof recordValues> {
  const local = localTime(Date.parse(record.createdAt));
  return recordValues({
    record,
    provenance: 'device',
    deviceId: null,
    clientCreatedAt: record.createdAt,
    createdAt: record.createdAt,
    receivedAt: record.createdAt,
    localDay: local.day,
    localHour: local.hour,
    localWeekday: local.weekday,
    contentHash: 'h',
  });
}
