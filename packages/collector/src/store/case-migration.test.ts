import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { describe, test } from 'node:test';
import type { ManyiRecord } from '@manyi/core';
import pg from 'pg';
import { localTime } from '../clock.js';
import { badReview } from '../test-support/bad-reviews.js';
import { rating } from '../test-support/records.js';
import { POSTGRES_MIGRATIONS, SQLITE_MIGRATIONS } from './migrations.js';
import { PostgresStore } from './postgres.js';
import { RECORD_COLUMNS, recordValues } from './rows.js';
import { SqliteStore } from './sqlite.js';

/** Ratings stored by a collector from before the ledger: two bad reviews (one misuse) and a good one. */
const earlier = {
  bad: badReview(new Date('2026-10-09T02:00:00Z')),
  misuse: badReview(new Date('2026-10-09T03:00:00Z'), { misuse: true }),
  good: rating({}, new Date('2026-10-09T04:00:00Z')),
};

function rowOf(record: ManyiRecord) {
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

const PG_URL = process.env.MANYI_TEST_DATABASE_URL;

describe('the ledger migration opens cases for bad reviews stored before it', () => {
  test('SQLite', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'manyi-sqlite-'));
    const file = join(dir, 'manyi.sqlite');
    try {
      const db = new DatabaseSync(file);
      db.exec('CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
      for (const m of SQLITE_MIGRATIONS.filter((m) => m.version < 4)) {
        db.exec(m.sql);
        db.prepare('INSERT INTO schema_migrations VALUES (?, ?, ?)').run(m.version, m.name, new Date().toISOString());
      }
      const insert = db.prepare(`INSERT INTO records (${RECORD_COLUMNS.join(', ')}) VALUES (${RECORD_COLUMNS.map(() => '?').join(', ')})`);
      for (const r of Object.values(earlier)) insert.run(...rowOf(r).map((v) => (typeof v === 'boolean' ? Number(v) : v)));
      db.close();
      const store = new SqliteStore(file);
      try {
        await store.migrate();
        const cases = await store.cases.listCases({});
        assert.deepEqual(
          cases.map((c) => [c.ratingId, c.state]),
          [[earlier.bad.id, 'new']],
        );
      } finally {
        await store.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('PostgreSQL', { skip: PG_URL ? undefined : 'set MANYI_TEST_DATABASE_URL to run' }, async () => {
    const admin = new pg.Client({ connectionString: PG_URL });
    await admin.connect();
    const name = `manyi_test_${randomBytes(6).toString('hex')}`;
    await admin.query(`CREATE DATABASE ${name}`);
    const url = new URL(PG_URL as string);
    url.pathname = `/${name}`;
    try {
      const db = new pg.Client({ connectionString: url.toString() });
      await db.connect();
      await db.query('CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TIMESTAMPTZ NOT NULL)');
      for (const m of POSTGRES_MIGRATIONS.filter((m) => m.version < 4)) {
        await db.query(m.sql);
        await db.query('INSERT INTO schema_migrations VALUES ($1, $2, now())', [m.version, m.name]);
      }
      for (const r of Object.values(earlier)) {
        await db.query(
          `INSERT INTO records (${RECORD_COLUMNS.join(', ')}) VALUES (${RECORD_COLUMNS.map((_, i) => `$${i + 1}`).join(', ')})`,
          rowOf(r),
        );
      }
      await db.end();
      const store = new PostgresStore(url.toString());
      try {
        await store.migrate();
        const cases = await store.cases.listCases({});
        assert.deepEqual(
          cases.map((c) => [c.ratingId, c.state]),
          [[earlier.bad.id, 'new']],
        );
      } finally {
        await store.close();
      }
    } finally {
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    }
  });
});
