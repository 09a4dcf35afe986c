import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { ManyiRecord } from '@manyi/core';
import { deviceRecordRow, postgresBefore, sqliteBefore } from '../test-support/older-schema.js';
import { postgresSkip } from '../test-support/postgres-database.js';
import { kioskComplaint } from '../test-support/records.js';
import { SQLITE_MIGRATIONS } from './migrations.js';
import { PostgresStore } from './postgres.js';
import { RECORD_COLUMNS } from './rows.js';
import { SqliteStore } from './sqlite.js';

/** The migration that adds findings, looked up by name so renumbering on a merge cannot break it. */
const FINDINGS = SQLITE_MIGRATIONS.find((m) => m.name.startsWith('complaint findings'))?.version ?? Number.NaN;
const at = new Date('2026-10-09T02:00:00Z');
/** Closed before findings existed: one naming a clerk (it cost 4 points then), one naming nobody; one still open. */
const earlier = {
  counted: kioskComplaint(1, { staffId: 's1' }, at),
  anonymous: kioskComplaint(1, {}, at),
  open: kioskComplaint(1, { staffId: 's1' }, at),
};
const closed = new Set([earlier.counted.id, earlier.anonymous.id]);

const COMPLAINT = 'record_id, tracking_no, station_id, category, staff_id, description, wants_reply, status, received_at, closed_at';
const complaintRow = (c: (typeof earlier)['open']) => [
  c.id,
  c.trackingNo,
  'hall',
  'attitude',
  c.staffId ?? null,
  c.description,
  false,
  closed.has(c.id) ? 'closed' : 'received',
  c.createdAt,
  closed.has(c.id) ? '2026-10-12T02:00:00.000Z' : null,
];

const PG_URL = process.env.MANYI_TEST_DATABASE_URL;

describe('complaints closed before findings existed keep the points they cost', () => {
  const check = async (store: SqliteStore | PostgresStore) => {
    try {
      await store.migrate();
      const counted = await store.complaints.get({ recordId: earlier.counted.id });
      assert.equal(counted?.finding?.code, 'substantiated');
      assert.equal(counted?.finding?.by, 'migration');
      assert.equal(counted?.finding?.at, '2026-10-12T02:00:00.000Z');
      assert.equal((await store.complaints.get({ recordId: earlier.anonymous.id }))?.finding, null, 'nothing was decided about it');
      assert.equal((await store.complaints.get({ recordId: earlier.open.id }))?.finding, null);
    } finally {
      await store.close();
    }
  };

  test('SQLite', async () => {
    const db = sqliteBefore(FINDINGS, (d) => {
      const records = d.prepare(`INSERT INTO records (${RECORD_COLUMNS.join(', ')}) VALUES (${RECORD_COLUMNS.map(() => '?').join(', ')})`);
      const complaints = d.prepare(
        `INSERT INTO complaints (${COMPLAINT}) VALUES (${COMPLAINT.split(',')
          .map(() => '?')
          .join(', ')})`,
      );
      for (const c of Object.values(earlier)) {
        records.run(...deviceRecordRow(c).map((v) => (typeof v === 'boolean' ? Number(v) : v)));
        complaints.run(...complaintRow(c).map((v) => (typeof v === 'boolean' ? Number(v) : v)));
      }
    });
    try {
      await check(new SqliteStore(db.file));
    } finally {
      db.dispose();
    }
  });

  test('PostgreSQL', { skip: postgresSkip() }, async () => {
    const db = await postgresBefore(PG_URL as string, FINDINGS, async (d) => {
      const list = (n: number) => Array.from({ length: n }, (_, i) => `$${i + 1}`).join(', ');
      for (const c of Object.values(earlier)) {
        await d.query(`INSERT INTO records (${RECORD_COLUMNS.join(', ')}) VALUES (${list(RECORD_COLUMNS.length)})`, deviceRecordRow(c));
        await d.query(`INSERT INTO complaints (${COMPLAINT}) VALUES (${list(10)})`, complaintRow(c));
      }
    });
    try {
      await check(new PostgresStore(db.url));
    } finally {
      await db.dispose();
    }
  });
});
