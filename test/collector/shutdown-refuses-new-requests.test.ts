// An operator stops the collector (SIGTERM) while a kiosk's upload is still arriving, slowly: that
// upload finishes within the grace period and is stored, while a request whose headers arrive
// after the stop began, on a connection still open, is answered 503 with Retry-After (the kiosk
// sends it again later) and new connections are refused.
import assert from 'node:assert/strict';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { connect, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import type { BatchResult } from '@manyi/core';
import { enroll, ratingBatch, ratingsCounted } from '../support/batches.ts';
import { CollectorProcess, freePort } from '../support/collector-process.ts';

const ADMIN_TOKEN = 'shutdown-503-admin-token-0123456789';

test('SIGTERM during a slow upload: it is answered and stored; a request begun after gets 503 with Retry-After', async () => {
  const work = mkdtempSync(join(tmpdir(), 'manyi-shutdown-503-'));
  const port = await freePort();
  const first = new CollectorProcess(port, join(work, 'data'), { MANYI_ADMIN_TOKEN: ADMIN_TOKEN });
  const second = new CollectorProcess(port, join(work, 'data'), { MANYI_ADMIN_TOKEN: ADMIN_TOKEN });
  let late: Socket | undefined;
  try {
    await first.start();
    const device = await enroll(first, first.announced.get('enrollment code') ?? '');
    const body = Buffer.from(JSON.stringify(ratingBatch(device.deviceId, 500)));
    // The upload's headers, then its body in pieces, as a tablet on a slow line sends it.
    const upload = request({
      host: '127.0.0.1',
      port,
      method: 'POST',
      path: '/api/v1/records/batch',
      headers: { authorization: `Bearer ${device.token}`, 'content-type': 'application/json', 'content-length': body.length },
    });
    const answer = new Promise<{ status: number; results: BatchResult[] }>((resolve, reject) => {
      upload.on('error', reject);
      upload.on('response', (response) => {
        let text = '';
        response.on('data', (chunk: Buffer) => {
          text += chunk.toString();
        });
        response.on('end', () =>
          resolve({ status: response.statusCode ?? 0, results: (JSON.parse(text) as { results: BatchResult[] }).results }),
        );
      });
    });
    const pieces = 6;
    const size = Math.ceil(body.length / pieces);
    upload.write(body.subarray(0, size));
    // Another client has opened a connection and begun its request line, but not ended its headers.
    late = connect(port, '127.0.0.1');
    await once(late, 'connect');
    late.write('GET /api/v1/devices/me/config HTTP/1.1\r\nHost: 127.0.0.1\r\n');
    await sleep(200);

    const stopping = first.printed('stopping:');
    const exited = first.signal('SIGTERM');
    await stopping;
    await assert.rejects(fetch(`${first.url}/healthz`), 'a stopping collector takes no new connections');

    let refused = '';
    late.on('data', (chunk: Buffer) => {
      refused += chunk.toString();
    });
    const lateClosed = once(late, 'close');
    late.write(`Authorization: Bearer ${device.token}\r\n\r\n`);
    for (let i = 1; i < pieces; i++) {
      await sleep(150);
      upload.write(body.subarray(i * size, (i + 1) * size));
    }
    upload.end();

    const { status, results } = await answer;
    assert.equal(status, 200, 'the upload in flight is answered');
    assert.equal(results.length, 500);
    assert.ok(results.every((r) => r.status === 'accepted'));
    await lateClosed;
    const [head = '', text = ''] = refused.split('\r\n\r\n');
    assert.match(head, /^HTTP\/1\.1 503 /, `the late request is refused: ${head}`);
    assert.match(head, /^retry-after: \d+$/im, 'and told when to come back');
    assert.match(head, /^connection: close$/im);
    assert.equal((JSON.parse(text) as { error: { code: string } }).error.code, 'stopping');
    assert.deepEqual(await exited, { code: 0, signal: null }, 'a clean exit');

    await second.start();
    second.announced.set('admin token', ADMIN_TOKEN);
    assert.equal(await ratingsCounted(second), 500, 'the upload was stored');
  } finally {
    late?.destroy();
    await first.stop();
    await second.stop();
    rmSync(work, { recursive: true, force: true });
  }
});
