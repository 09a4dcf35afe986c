// A collector killed outright (kill -9, power cut) while batches stream in: each batch is stored
// whole or not at all, every answered batch survives, and replaying everything stores each record once.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { type Batch, enroll, ratingBatch, ratingsCounted, upload } from '../support/batches.ts';
import { collectorDatabases } from '../support/collector-databases.ts';
import { CollectorProcess, freePort } from '../support/collector-process.ts';

const ADMIN_TOKEN = 'crash-test-admin-token-0123456789';
const BATCHES = 60;
const SIZE = 500;
const CRASHES = 3;

/** How many of each batch's records are stored. */
function storedPerBatch(stored: Set<string>, batches: readonly Batch[]): number[] {
  return batches.map((batch) => batch.records.filter((r) => stored.has(r.id)).length);
}

// How fetch fails when the collector's process is gone: refused, reset, or cut off mid-answer.
const CONNECTION_LOST = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'UND_ERR_SOCKET', 'UND_ERR_CLOSED']);

/** Whether `error` is the connection dying; an answer the collector did give (4xx, 5xx) is not. */
function connectionLost(error: unknown): boolean {
  const cause = (error as { cause?: { code?: unknown } } | null)?.cause;
  return error instanceof TypeError && typeof cause?.code === 'string' && CONNECTION_LOST.has(cause.code);
}

/**
 * Uploads the batches four at a time, as four kiosks would, and kills the collector a random few
 * milliseconds after the `killAfter`th answer, so the kill lands anywhere in the next batches'
 * work: parsing, validating, inside the transaction, or between commit and answer.
 */
async function uploadUntilKilled(collector: CollectorProcess, token: string, batches: readonly Batch[], killAfter: number) {
  const answered = new Set<number>();
  let next = 0;
  let killed: Promise<{ code: number | null; signal: NodeJS.Signals | null }> | undefined;
  const uploader = async () => {
    while (next < batches.length) {
      const i = next++;
      let results: Awaited<ReturnType<typeof upload>>;
      try {
        results = await upload(collector.url, token, batches[i] as Batch);
      } catch (error) {
        // Only the kill may end an upload; any other failure (an error answer included) fails the test.
        if (killed && connectionLost(error)) return;
        throw error;
      }
      assert.ok(
        results.every((r) => r.status === 'accepted'),
        `batch ${i}: ${results.find((r) => r.status !== 'accepted')?.status}`,
      );
      answered.add(i);
      if (answered.size === killAfter && !killed) killed = sleep(Math.random() * 15).then(() => collector.signal('SIGKILL'));
    }
  };
  await Promise.all([uploader(), uploader(), uploader(), uploader()]);
  assert.ok(killed, 'the collector was killed before every batch was sent');
  assert.deepEqual(await killed, { code: null, signal: 'SIGKILL' });
  return answered;
}

for (const database of collectorDatabases()) {
  test(`SIGKILL in the middle of a stream of batches leaves each batch all stored or not at all, on ${database.name}`, {
    skip: database.skip,
  }, async (t) => {
    const work = mkdtempSync(join(tmpdir(), 'manyi-crash-'));
    const dataDir = join(work, 'data');
    const db = await database.fresh(dataDir);
    const port = await freePort();
    const collectors: CollectorProcess[] = [];
    const startCollector = async () => {
      const collector = new CollectorProcess(port, dataDir, { MANYI_ADMIN_TOKEN: ADMIN_TOKEN, ...db.env });
      collectors.push(collector);
      await collector.start();
      collector.announced.set('admin token', ADMIN_TOKEN);
      return collector;
    };
    try {
      const first = await startCollector();
      const code = first.announced.get('enrollment code');
      assert.ok(code);
      const device = await enroll(first, code);
      const start = Date.now();
      const batches = Array.from({ length: BATCHES }, (_, i) => ratingBatch(device.deviceId, SIZE, start + i * SIZE));

      let collector = first;
      for (let crash = 1; crash <= CRASHES; crash++) {
        // The kiosks send whatever they have not had answered; stored-but-unanswered batches come again too.
        const before = storedPerBatch(await db.storedIds(), batches);
        const unsent = batches.filter((_, i) => before[i] === 0);
        const answered = await uploadUntilKilled(collector, device.token, unsent, 4);

        const stored = storedPerBatch(await db.storedIds(), batches);
        const storedNow = unsent.map((b) => stored[batches.indexOf(b)] ?? 0);
        storedNow.forEach((n, i) => {
          assert.ok(n === 0 || n === SIZE, `batch ${i} is half stored: ${n} of ${SIZE}`);
          if (answered.has(i)) assert.equal(n, SIZE, `batch ${i} was answered, so it must have survived`);
        });
        const whole = storedNow.filter((n) => n === SIZE).length;
        t.diagnostic(`crash ${crash}: ${answered.size} batches answered, ${whole} stored whole, ${unsent.length - whole} not at all`);
        collector = await startCollector();
      }

      const stored = storedPerBatch(await db.storedIds(), batches);
      for (const [i, batch] of batches.entries()) {
        const results = await upload(collector.url, device.token, batch);
        const expected = stored[i] === SIZE ? 'duplicate' : 'accepted';
        assert.ok(
          results.every((r) => r.status === expected),
          `batch ${i}: ${results.find((r) => r.status !== expected)?.status}`,
        );
      }
      assert.equal(await ratingsCounted(collector), BATCHES * SIZE);
      await collector.stop();
      assert.deepEqual(storedPerBatch(await db.storedIds(), batches), Array(BATCHES).fill(SIZE));
    } finally {
      for (const collector of collectors) await collector.stop();
      await db.drop();
      rmSync(work, { recursive: true, force: true });
    }
  });
}
