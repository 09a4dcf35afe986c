import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { ManyiRecord } from '@manyi/core';
import { badReview } from '../test-support/bad-reviews.js';
import { deviceRecordRow, postgresBefore, sqliteBefore } from '../test-support/older-schema.js';
import { postgresSkip } from '../test-support/postgres-database.js';
import { rating } from '../test-support/records.js';
import { PostgresStore } from './postgres.js';
import { RECORD_COLUMNS } from './rows.js';
import { SqliteStore } from './sqlite.js';

/** Ratings stored by a collector from before the ledger: two bad reviews (one misuse) and a good one. */
const earlier = {
  bad: badReview(new Date('2026-10-09T02:00:00Z')),
  misuse: badReview(new Date('2026-10-09T03:00:00Z'), { misuse: true }),
  good: rating({}, new Date('2026-10-09T04:00:00Z')),
};

/** The records columns a collector from before the ledger had: `late` came later. */
const COLUMNS = RECORD_COLUMNS.filter((c) => c !== 'late');

const rowOf = (record: ManyiRecord) => deviceRecordRow(record).filter((_, i) => RECORD_COLUMNS[i] !== 'late');

const PG_URL = process.env.MANYI_TEST_DATABASE_URL;

describe('the ledger migration opens cases for bad reviews stored before it', () => {
  const LEDGER = 4;
  const expectOneNewCase = async (store: SqliteStore | PostgresStore) => {
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
  };

  test('SQLite', async () => {
    const db = sqliteBefore(LEDGER, (d) => {
      const insert = d.prepare(`INSERT INTO records (${COLUMNS.join(', ')}) VALUES (${COLUMNS.map(() => '?').join(', ')})`);
      for (const r of Object.values(earlier)) insert.run(...rowOf(r).map((v) => (typeof v === 'boolean' ? Number(v) : v)));
    });
    try {
      await expectOneNewCase(new SqliteStore(db.file));
    } finally {
      db.dispose();
    }
  });

  test('PostgreSQL', { skip: postgresSkip() }, async () => {
    const db = await postgresBefore(PG_URL as string, LEDGER, async (d) => {
      for (const r of Object.values(earlier)) {
        await d.query(`INSERT INTO records (${COLUMNS.join(', ')}) VALUES (${COLUMNS.map((_, i) => `$${i + 1}`).join(', ')})`, rowOf(r));
      }
    });
    try {
      await expectOneNewCase(new PostgresStore(db.url));
    } finally {
      await db.dispose();
    }
  });
});
