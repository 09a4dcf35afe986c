import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterEach, beforeEach, describe, test } from 'node:test';
import { rating } from '../../test-support/records.js';
import { SqliteStore } from '../sqlite.js';
import type { StoredRecord } from '../store.js';

function stored(record = rating(), contentHash = `hash-of-${record.id}`): StoredRecord {
  return {
    record,
    provenance: 'device',
    deviceId: 'tablet-1',
    clientCreatedAt: record.createdAt,
    createdAt: record.createdAt,
    receivedAt: new Date().toISOString(),
    localDay: record.createdAt.slice(0, 10),
    localHour: 9,
    localWeekday: 1,
    contentHash,
  };
}

describe('uploads written by their own thread (SQLite file)', () => {
  let dir: string;
  let file: string;
  let store: SqliteStore;
  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'manyi-uploads-'));
    file = join(dir, 'manyi.sqlite');
    store = new SqliteStore(file);
    await store.migrate();
  });
  afterEach(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const storedIds = () => {
    const reader = new DatabaseSync(file, { readOnly: true });
    try {
      return reader
        .prepare('SELECT id FROM records ORDER BY id')
        .all()
        .map((r) => String(r.id));
    } finally {
      reader.close();
    }
  };

  test('a batch is on disk, seen by another connection, as soon as it is answered; repeats answer duplicate or conflict', async () => {
    const a = stored();
    const b = stored();
    assert.deepEqual(await store.records.insert([a, b]), ['accepted', 'accepted']);
    assert.deepEqual(storedIds(), [a.record.id, b.record.id].sort());
    const changed = stored(rating({ id: a.record.id, windowId: 'w09' }), 'another hash');
    assert.deepEqual(await store.records.insert([b, changed]), ['duplicate', 'conflict']);
    assert.deepEqual(storedIds(), [a.record.id, b.record.id].sort(), 'the stored record is kept');
  });

  test('batches sent together are each answered for themselves, in order', async () => {
    const batches = Array.from({ length: 6 }, () => Array.from({ length: 50 }, () => stored()));
    const answers = await Promise.all(batches.map((batch) => store.records.insert(batch)));
    for (const answer of answers) assert.deepEqual(answer, Array(50).fill('accepted'));
    assert.equal(storedIds().length, 300);
  });

  test('a batch the database refuses fails with its error and leaves nothing behind; the next batch is stored', async () => {
    const broken = stored();
    (broken as { localDay: unknown }).localDay = null; // NOT NULL column
    await assert.rejects(store.records.insert([stored(), broken]), (error: Error & { code?: string }) => {
      assert.match(error.message, /NOT NULL/);
      assert.equal(error.code, 'ERR_SQLITE_ERROR');
      return true;
    });
    assert.deepEqual(storedIds(), []);
    assert.deepEqual(await store.records.insert([stored()]), ['accepted']);
  });

  test('closing waits for writes already asked for', async () => {
    const pending = store.records.insert([stored(), stored()]);
    await store.close();
    assert.deepEqual(await pending, ['accepted', 'accepted']);
    assert.equal(storedIds().length, 2);
  });
});
