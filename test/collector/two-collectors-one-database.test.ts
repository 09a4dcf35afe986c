// Two collector processes on one PostgreSQL database, as a province runs them behind a load
// balancer: a kiosk whose upload is retried through the other one still stores every record once.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { postgresSkip, throwawayDatabase } from '../../packages/collector/src/test-support/postgres-database.ts';
import { enroll, ratingBatch, ratingsCounted, upload } from '../support/batches.ts';
import { CollectorProcess, freePort } from '../support/collector-process.ts';

const ADMIN_TOKEN = 'two-collectors-admin-token-0123456789';

test('the same 500-record batch sent to two collectors at once is stored once', { skip: postgresSkip() }, async () => {
  const database = await throwawayDatabase();
  const work = mkdtempSync(join(tmpdir(), 'manyi-two-collectors-'));
  const env = { DATABASE_URL: database.url, MANYI_ADMIN_TOKEN: ADMIN_TOKEN };
  const a = new CollectorProcess(await freePort(), join(work, 'a'), env);
  const b = new CollectorProcess(await freePort(), join(work, 'b'), env);
  try {
    // Started together on an empty database: both migrate and seed without tripping over each other.
    await Promise.all([a.start(), b.start()]);
    a.announced.set('admin token', ADMIN_TOKEN);
    b.announced.set('admin token', ADMIN_TOKEN);
    const code = a.announced.get('enrollment code') ?? b.announced.get('enrollment code');
    assert.ok(code, 'one of them seeded the demo station and printed an enrollment code');
    const device = await enroll(a, code);

    const batch = ratingBatch(device.deviceId, 500);
    const [viaA, viaB] = await Promise.all([upload(a.url, device.token, batch), upload(b.url, device.token, batch)]);

    batch.records.forEach((record, i) => {
      const statuses = [viaA[i], viaB[i]].map((r) => {
        assert.equal(r?.id, record.id, 'results come in request order');
        return r?.status;
      });
      assert.deepEqual(statuses.sort(), ['accepted', 'duplicate'], `record ${i}: ${statuses.join(', ')}`);
    });
    assert.equal(await ratingsCounted(a), 500);
    assert.equal(await ratingsCounted(b), 500);

    // A third try through either one changes nothing.
    const again = await upload(b.url, device.token, batch);
    assert.ok(again.every((r) => r.status === 'duplicate'));
    assert.equal(await ratingsCounted(a), 500);
  } finally {
    await Promise.all([a.stop(), b.stop()]);
    await database.drop();
    rmSync(work, { recursive: true, force: true });
  }
});
