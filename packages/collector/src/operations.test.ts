import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { describe, test } from 'node:test';
import pg from 'pg';
import { createApp } from './app.js';
import { hashSecret } from './credentials.js';
import { jsonLogger, silentLogger } from './log.js';
import { startCollector } from './server.js';
import { PostgresStore } from './store/postgres.js';
import { SqliteStore } from './store/sqlite.js';
import type { Store } from './store/store.js';
import { throwawayDatabase } from './test-support/postgres-database.js';

const PG_URL = process.env.MANYI_TEST_DATABASE_URL;

function appOn(store: Store, lines: Record<string, unknown>[] = [], level: 'debug' | 'info' | 'warn' = 'debug') {
  const log = jsonLogger((line) => lines.push(JSON.parse(line) as Record<string, unknown>), level);
  return createApp({ store, adminTokenHash: hashSecret('x'.repeat(32)), log });
}

describe('request ids and logs', () => {
  test('each answer carries an X-Request-Id, a sane one from a proxy is kept, and every log line of the request has it', async () => {
    const store = new SqliteStore(':memory:');
    await store.migrate();
    const lines: Record<string, unknown>[] = [];
    const app = appOn(store, lines);
    try {
      const fresh = await app.request('/api/v1/admin/stats?station=nowhere');
      const id = fresh.headers.get('x-request-id') ?? '';
      assert.match(id, /^[0-9a-f-]{36}$/);
      assert.notEqual((await app.request('/healthz')).headers.get('x-request-id'), id, 'a new id for each request');
      const proxied = await app.request('/healthz', { headers: { 'x-request-id': 'nginx-7f3a9c2e41b0' } });
      assert.equal(proxied.headers.get('x-request-id'), 'nginx-7f3a9c2e41b0');
      const forged = await app.request('/healthz', { headers: { 'x-request-id': '"}{"level":"error' } });
      assert.match(forged.headers.get('x-request-id') ?? '', /^[0-9a-f-]{36}$/);
      assert.deepEqual(
        lines.map((l) => [l.path, l.requestId]),
        [
          ['/api/v1/admin/stats', id],
          ['/healthz', lines[1]?.requestId],
          ['/healthz', 'nginx-7f3a9c2e41b0'],
          ['/healthz', forged.headers.get('x-request-id')],
        ],
      );
    } finally {
      await store.close();
    }
  });

  test('MANYI_LOG_LEVEL=warn keeps request lines out; probes log at debug', async () => {
    const store = new SqliteStore(':memory:');
    await store.migrate();
    const atWarn: Record<string, unknown>[] = [];
    const atInfo: Record<string, unknown>[] = [];
    try {
      await appOn(store, atWarn, 'warn').request('/api/v1/openapi.json');
      assert.deepEqual(atWarn, []);
      const app = appOn(store, atInfo, 'info');
      await app.request('/healthz');
      await app.request('/api/v1/openapi.json');
      assert.deepEqual(
        atInfo.map((l) => [l.level, l.path]),
        [['info', '/api/v1/openapi.json']],
      );
    } finally {
      await store.close();
    }
  });
});

describe('answers of the API', () => {
  test('are never cached or sniffed, probes and unknown paths included', async () => {
    const store = new SqliteStore(':memory:');
    await store.migrate();
    const app = createApp({ store, adminTokenHash: hashSecret('x'.repeat(32)), log: silentLogger });
    try {
      for (const path of ['/api/v1/openapi.json', '/api/v1/admin/regions', '/healthz', '/readyz', '/metrics', '/nothing-here']) {
        const response = await app.request(path);
        assert.equal(response.headers.get('cache-control'), 'no-store', path);
        assert.equal(response.headers.get('x-content-type-options'), 'nosniff', path);
      }
    } finally {
      await store.close();
    }
  });
});

describe('readiness (/readyz)', () => {
  test('on SQLite: ready while the database takes writes, 503 with the reason while another writer holds it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'manyi-ready-'));
    const store = new SqliteStore(join(dir, 'manyi.sqlite'));
    await store.migrate();
    const app = appOn(store);
    const other = new DatabaseSync(join(dir, 'manyi.sqlite'));
    try {
      const ready = await app.request('/readyz');
      assert.equal(ready.status, 200);
      assert.deepEqual(await ready.json(), { status: 'ready' });
      other.exec('BEGIN IMMEDIATE');
      const blocked = await app.request('/readyz');
      assert.equal(blocked.status, 503);
      const body = (await blocked.json()) as { status: string; reason: string };
      assert.equal(body.status, 'not-ready');
      assert.match(body.reason, /^the database cannot write: .*locked/);
      assert.equal((await app.request('/healthz')).status, 200, 'liveness only needs the database to answer');
      other.exec('ROLLBACK');
      assert.equal((await app.request('/readyz')).status, 200);
    } finally {
      other.close();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('on PostgreSQL: 503 once the database turns read-only', { skip: PG_URL ? undefined : 'set MANYI_TEST_DATABASE_URL' }, async () => {
    const database = await throwawayDatabase(PG_URL as string);
    const store = new PostgresStore(database.url);
    const admin = new pg.Client({ connectionString: PG_URL });
    await admin.connect();
    try {
      await store.migrate();
      const app = appOn(store);
      assert.equal((await app.request('/readyz')).status, 200);
      const name = new URL(database.url).pathname.slice(1);
      await admin.query(`ALTER DATABASE ${name} SET default_transaction_read_only = on`);
      await admin.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1', [name]);
      // The pool drops the cut connections; wait until the database answers again, read-only now.
      for (let i = 0; i < 50 && (await app.request('/healthz')).status !== 200; i++) await new Promise((r) => setTimeout(r, 100));
      const readOnly = await app.request('/readyz');
      assert.equal(readOnly.status, 503);
      assert.match(((await readOnly.json()) as { reason: string }).reason, /read-only/);
    } finally {
      await store.close();
      await admin.end();
      await database.drop();
    }
  });
});

describe('a slow upload', () => {
  test('is cut off with 408 once the request timeout passes, not held for minutes', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'manyi-timeout-'));
    const collector = await startCollector(
      { port: 0, host: '127.0.0.1', dataDir, demo: false },
      { log: silentLogger, announce: () => {}, staticRoots: {}, requestTimeoutMs: 1_000 },
    );
    try {
      const { port } = new URL(collector.url);
      const socket = connect(Number(port), '127.0.0.1');
      const started = Date.now();
      let answer = '';
      socket.on('data', (chunk) => {
        answer += chunk.toString();
      });
      socket.write(
        'POST /api/v1/devices/enroll HTTP/1.1\r\nHost: hall\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"co',
      );
      await new Promise((resolve) => socket.once('close', resolve));
      const seconds = (Date.now() - started) / 1000;
      assert.match(answer, /^HTTP\/1\.1 408/);
      assert.ok(seconds >= 0.9 && seconds < 5, `cut off after ${seconds} s`);
    } finally {
      await collector.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
