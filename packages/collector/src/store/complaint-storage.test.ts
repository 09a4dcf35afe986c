import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { describe, test } from 'node:test';
import { apiClient, hallWithDevice, upload } from '../test-support/http.js';
import { CONTACT, kioskComplaint } from '../test-support/records.js';
import { SQLITE_MIGRATIONS } from './migrations.js';
import { SqliteStore } from './sqlite.js';

/** Checks on what lands in the database itself, through a second connection (SQLite; the SQL is shared with PostgreSQL). */
describe('complaint storage', () => {
  const withFile = async (work: (file: string) => Promise<void>) => {
    const dir = mkdtempSync(join(tmpdir(), 'manyi-complaints-'));
    try {
      await work(join(dir, 'manyi.sqlite'));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };

  test('contact details live only in the complaints table, so erasing them there leaves no copy in the record log', () =>
    withFile(async (file) => {
      const store = new SqliteStore(file);
      await store.migrate();
      const call = apiClient(store);
      const device = await hallWithDevice(call);
      const complaint = kioskComplaint(device.trackingNode ?? -1, { ...CONTACT });
      await upload(call, device, [complaint]);
      await call('POST', '/public/complaints', { stationId: 'hall', category: 'other', description: '网上投诉', ...CONTACT }, null);
      const raw = new DatabaseSync(file, { readOnly: true });
      const bodies = raw.prepare("SELECT body FROM records WHERE kind = 'complaint'").all();
      raw.close();
      await store.close();
      assert.equal(bodies.length, 2);
      for (const { body } of bodies) {
        assert.doesNotMatch(String(body), /13912345678|王先生/);
        assert.equal(JSON.parse(String(body)).consent, true, 'the rest of the record is kept as sent');
      }
    }));

  test('upgrading gives devices enrolled before tracking nodes existed a node each; revoked ones none', () =>
    withFile(async (file) => {
      const old = new DatabaseSync(file);
      old.exec('CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
      for (const m of SQLITE_MIGRATIONS.filter((m) => m.version <= 2)) {
        old.exec(m.sql);
        old.prepare('INSERT INTO schema_migrations VALUES (?, ?, ?)').run(m.version, m.name, '2026-01-01T00:00:00.000Z');
      }
      old.exec(`INSERT INTO stations VALUES ('hall', '大厅', 5, 0, 0, 0, '2026-01-01T00:00:00.000Z');
        INSERT INTO devices (id, station_id, name, token_hash, created_at, revoked_at) VALUES
          ('b', 'hall', NULL, 't-b', '2026-01-02T00:00:00.000Z', NULL),
          ('gone', 'hall', NULL, 't-gone', '2026-01-01T12:00:00.000Z', '2026-01-03T00:00:00.000Z'),
          ('a', 'hall', NULL, 't-a', '2026-01-01T00:00:00.000Z', NULL);`);
      old.close();
      const store = new SqliteStore(file);
      await store.migrate();
      const nodes = (await store.devices.list('hall')).map((d) => [d.id, d.trackingNode]);
      await store.close();
      assert.deepEqual(nodes, [
        ['a', 1],
        ['gone', null],
        ['b', 2],
      ]);
    }));
});
