// An operator stops the collector (SIGTERM, Ctrl-C) while a kiosk is uploading: the batch in
// flight still gets its answer and is stored, new connections are refused, and the process ends
// without waiting for the kiosk's kept-alive connection to time out. On SQLite and PostgreSQL.
import assert from 'node:assert/strict';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import type { BatchResult } from '@manyi/core';
import { enroll, ratingBatch, ratingsCounted } from '../support/batches.ts';
import { collectorDatabases } from '../support/collector-databases.ts';
import { CollectorProcess, freePort } from '../support/collector-process.ts';

const ADMIN_TOKEN = 'shutdown-test-admin-token-0123456789';

interface Answer {
  status: number;
  results: BatchResult[];
  /** How long the collector said it keeps the connection open for the next request. */
  keepAliveMs: number;
  answeredAt: number;
}

for (const database of collectorDatabases()) {
  test(`SIGTERM while a batch is uploading: the batch is answered and stored, then the collector exits, on ${database.name}`, {
    skip: database.skip,
  }, async () => {
    const work = mkdtempSync(join(tmpdir(), 'manyi-shutdown-'));
    const dataDir = join(work, 'data');
    const db = await database.fresh(dataDir);
    const env = { MANYI_ADMIN_TOKEN: ADMIN_TOKEN, ...db.env };
    const port = await freePort();
    const first = new CollectorProcess(port, dataDir, env);
    const second = new CollectorProcess(port, dataDir, env);
    const agent = new Agent({ keepAlive: true }); // as a kiosk's browser keeps its connection
    try {
      await first.start();
      const code = first.announced.get('enrollment code');
      assert.ok(code);
      const device = await enroll(first, code);
      const body = Buffer.from(JSON.stringify(ratingBatch(device.deviceId, 500)));

      // Headers first, asking to continue: the collector's "100 Continue" says it holds the request.
      const upload = request({
        host: '127.0.0.1',
        port,
        agent,
        method: 'POST',
        path: '/api/v1/records/batch',
        headers: {
          authorization: `Bearer ${device.token}`,
          'content-type': 'application/json',
          'content-length': body.length,
          expect: '100-continue',
        },
      });
      const answer = new Promise<Answer>((resolve, reject) => {
        upload.on('error', reject);
        upload.on('response', (response) => {
          let text = '';
          response.setEncoding('utf8');
          response.on('data', (chunk: string) => {
            text += chunk;
          });
          response.on('end', () =>
            resolve({
              status: response.statusCode ?? 0,
              results: (JSON.parse(text) as { results: BatchResult[] }).results,
              keepAliveMs: 1000 * Number(/timeout=(\d+)/.exec(String(response.headers['keep-alive']))?.[1]),
              answeredAt: Date.now(),
            }),
          );
        });
      });
      await once(upload, 'continue');
      upload.write(body.subarray(0, body.length / 2));

      // Half the body sent, the rest after the collector has begun stopping.
      const stopping = first.printed('stopping:');
      const exited = first.signal('SIGTERM').then((how) => ({ ...how, at: Date.now() }));
      await stopping;
      await assert.rejects(fetch(`${first.url}/healthz`), 'a stopping collector takes no new connections');
      upload.end(body.subarray(body.length / 2));

      const { status, results, keepAliveMs, answeredAt } = await answer;
      assert.equal(status, 200);
      assert.equal(results.length, 500);
      assert.ok(results.every((r) => r.status === 'accepted'));
      const { at, ...how } = await exited;
      assert.deepEqual(how, { code: 0, signal: null }, 'a clean exit');
      assert.ok(keepAliveMs > 0, 'the answer says how long the connection is kept alive');
      assert.ok(
        at - answeredAt < keepAliveMs,
        `it ended ${at - answeredAt} ms after its last answer, before the connection's keep-alive (${keepAliveMs} ms) ran out`,
      );

      await second.start();
      second.announced.set('admin token', ADMIN_TOKEN);
      assert.equal(await ratingsCounted(second), 500);
    } finally {
      agent.destroy();
      await first.stop();
      await second.stop();
      await db.drop();
      rmSync(work, { recursive: true, force: true });
    }
  });
}
