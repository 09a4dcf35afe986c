import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterEach, beforeEach, describe, test } from 'node:test';
import { GroupCommit } from './group-commit.js';

describe('group commit of uploads on SQLite', () => {
  let dir: string;
  let db: DatabaseSync;
  let reader: DatabaseSync;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'manyi-group-commit-'));
    db = new DatabaseSync(join(dir, 'db.sqlite'));
    db.exec('PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; CREATE TABLE taps (id TEXT PRIMARY KEY)');
    reader = new DatabaseSync(join(dir, 'db.sqlite'));
  });
  afterEach(() => {
    reader.close();
    db.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const insert = (id: string) => () => db.prepare('INSERT INTO taps (id) VALUES (?)').run(id).changes;
  const committed = () =>
    reader
      .prepare('SELECT id FROM taps ORDER BY id')
      .all()
      .map((r) => String(r.id));

  test('writes made together share one transaction, and each is answered only once it is committed', async () => {
    const group = new GroupCommit(db);
    const inOneTransaction: boolean[] = [];
    const a = group.write(() => {
      inOneTransaction.push(db.isTransaction);
      return insert('a')();
    });
    const b = group.write(() => {
      inOneTransaction.push(db.isTransaction);
      return insert('b')();
    });
    assert.deepEqual(committed(), [], 'nothing is stored before the group runs');
    const answers = await Promise.all([a, b]);
    assert.deepEqual(answers, [1, 1]);
    assert.deepEqual(inOneTransaction, [true, true]);
    assert.deepEqual(committed(), ['a', 'b'], 'another connection sees both once they are answered');
  });

  test('a write that fails leaves nothing behind and fails alone', async () => {
    const group = new GroupCommit(db);
    const first = group.write(insert('a'));
    const failing = group.write(() => {
      insert('half')();
      insert('a')(); // the same id again: the primary key refuses it
    });
    const last = group.write(insert('c'));
    assert.equal(await first, 1);
    await assert.rejects(failing, /UNIQUE/);
    assert.equal(await last, 1);
    assert.deepEqual(committed(), ['a', 'c'], 'the failed write’s first insert was rolled back with it');
  });

  test('flush stores what is waiting at once, as closing the store does', () => {
    const group = new GroupCommit(db);
    void group.write(insert('late'));
    group.flush();
    assert.deepEqual(committed(), ['late']);
  });
});
