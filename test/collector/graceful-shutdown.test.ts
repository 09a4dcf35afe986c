// An operator stops the collector (SIGTERM, Ctrl-C) while a kiosk is uploading: the batch in
// flight still gets its answer and is stored, new connections are refused, and the process ends.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import type { BatchResult } from '@manyi/core';
import { enroll, ratingBatch, ratingsCounted } from '../support/batches.ts';
import { CollectorProcess, freePort } from '../support/collector-process.ts';

const ADMIN_TOKEN = 'shutdown-test-admin-token-0123456789';

test('SIGTERM while a batch is uploading: the batch is answered and stored, then the collector exits', async () => {
  const work = mkdtempSync(join(tmpdir(), 'manyi-shutdown-'));
  const dataDir = join(work, 'data');
  const port = await freePort();
  const first = new CollectorProcess(port, dataDir, { MANYI_ADMIN_TOKEN: ADMIN_TOKEN });
  const second = new CollectorProcess(port, dataDir, { MANYI_ADMIN_TOKEN: ADMIN_TOKEN });
  try {
    await first.start();
    const code = first.announced.get('enrollment code');
    assert.ok(code);
    const device = await enroll(first, code);
    const body = Buffer.from(JSON.stringify(ratingBatch(device.deviceId, 500)));

    // Half the body now, the rest after the signal: the request is surely in flight when it comes.
    const answer = new Promise<{ status: number; results: BatchResult[] }>((resolve, reject) => {
      const upload = request(
        {
          host: '127.0.0.1',
          port,
          method: 'POST',
          path: '/api/v1/records/batch',
          headers: { authorization: `Bearer ${device.token}`, 'content-type': 'application/json', 'content-length': body.length },
        },
        (response) => {
          let text = '';
          response.setEncoding('utf8');
          response.on('data', (chunk: string) => {
            text += chunk;
          });
          response.on('end', () =>
            resolve({ status: response.statusCode ?? 0, results: (JSON.parse(text) as { results: BatchResult[] }).results }),
          );
        },
      );
      upload.on('error', reject);
      upload.write(body.subarray(0, body.length / 2));
      setTimeout(() => upload.end(body.subarray(body.length / 2)), 500);
    });
    await sleep(150);
    const stopped = Date.now();
    const exited = first.signal('SIGTERM');
    await sleep(150);
    await assert.rejects(fetch(`${first.url}/healthz`), 'a stopping collector takes no new connections');

    const { status, results } = await answer;
    assert.equal(status, 200);
    assert.equal(results.length, 500);
    assert.ok(results.every((r) => r.status === 'accepted'));
    assert.deepEqual(await exited, { code: 0, signal: null }, 'a clean exit');
    assert.ok(
      Date.now() - stopped < 3_000,
      `it ended soon after its last answer, not after keep-alive ran out (${Date.now() - stopped} ms)`,
    );

    await second.start();
    second.announced.set('admin token', ADMIN_TOKEN);
    assert.equal(await ratingsCounted(second), 500);
  } finally {
    await first.stop();
    await second.stop();
    rmSync(work, { recursive: true, force: true });
  }
});
