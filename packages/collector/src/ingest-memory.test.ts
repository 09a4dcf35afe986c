import assert from 'node:assert/strict';
import { test } from 'node:test';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { BatchResult } from '@manyi/core';
import { ingestBatch } from './ingest.js';
import type { Device, InsertOutcome, Store } from './store/store.js';
import { kioskComplaint, rating } from './test-support/records.js';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

/** Heap in use once everything unreachable is collected. */
function settledHeap(): number {
  for (let i = 0; i < 3; i++) gc();
  return process.memoryUsage().heapUsed;
}

const DEVICE: Device = { id: 'tablet-1', stationId: 'hall', name: null, createdAt: '2026-11-22T08:00:00.000Z', trackingNode: 1 };
const RECORDS_PER_BATCH = 200;
const BATCHES = 20;

/** A batch body as the route hands it over: parsed JSON, made fresh each time. */
const batchBody = (record: () => object) => () =>
  JSON.parse(
    JSON.stringify({ deviceId: DEVICE.id, sentAt: new Date().toISOString(), records: Array.from({ length: RECORDS_PER_BATCH }, record) }),
  ) as unknown;

const LONG_STORY = '窗口工作人员态度冷淡，问了两遍才回答。'.repeat(50); // 950 characters
const ratings = batchBody(() => rating({ stationId: DEVICE.stationId }));
const complaints = batchBody(() => kioskComplaint(DEVICE.trackingNode as number, { stationId: DEVICE.stationId, description: LONG_STORY }));

/**
 * A database whose writes wait until it is opened, keeping (as the real stores do once they have
 * made a batch into what they send) nothing of the rows but their number.
 */
function blockedDatabase() {
  let open = () => {};
  const opened = new Promise<void>((resolve) => (open = resolve));
  const store = {
    records: {
      insert(rows: readonly unknown[]): Promise<InsertOutcome[]> {
        const n = rows.length;
        return opened.then(() => Array<InsertOutcome>(n).fill('accepted'));
      },
    },
    devices: { noteContact: () => opened },
    // The hall's catalogue and settings are read once, not blocked: it is the writes that wait.
    catalogue: { history: async () => ({ windows: new Map([['w1', null]]), staff: new Map(), serviceItems: new Map() }) },
    settings: { get: async () => undefined },
  } as unknown as Store;
  return { store, open };
}

/** Heap per body, and per batch waiting for the database, for batches made by `body`. */
async function heapOf(body: () => unknown): Promise<{ perBody: number; perWaitingBatch: number }> {
  const { store, open } = blockedDatabase();
  // Warm up: compile what making a body and ingesting one use, outside the measurements.
  const warm = ingestBatch(store, DEVICE, body());
  // The first batch reads the station's catalogue and settings; the batches measured find them in memory.
  await new Promise((resolve) => setImmediate(resolve));

  const beforeBodies = settledHeap();
  const bodies = Array.from({ length: BATCHES }, body);
  const perBody = (settledHeap() - beforeBodies) / BATCHES;
  bodies.length = 0;

  const beforeBatches = settledHeap();
  const waiting: Promise<BatchResult[]>[] = [];
  for (let i = 0; i < BATCHES; i++) waiting.push(ingestBatch(store, DEVICE, body()));
  const perWaitingBatch = (settledHeap() - beforeBatches) / BATCHES;

  open();
  for (const results of await Promise.all([warm, ...waiting])) {
    assert.equal(results.length, RECORDS_PER_BATCH);
    assert.ok(results.every((r) => r.status === 'accepted'));
  }
  return { perBody, perWaitingBatch };
}

const kb = (bytes: number) => `${Math.round(bytes / 1024)} KB`;

test('a batch waiting for the database holds no request body: it weighs the same whatever its body weighs', async () => {
  const small = await heapOf(ratings);
  const large = await heapOf(complaints);
  const figures = `ratings: body ${kb(small.perBody)}, waiting ${kb(small.perWaitingBatch)}; long complaints: body ${kb(large.perBody)}, waiting ${kb(large.perWaitingBatch)}`;
  // A waiting batch keeps its answer (an id and a status per record), so some heap of its own;
  // but of the ~400 KB more that each long-complaint body weighs, it must keep next to nothing.
  assert.ok(large.perBody - small.perBody > 200 * 1024, `the long complaints make a much larger body (${figures})`);
  assert.ok(large.perWaitingBatch - small.perWaitingBatch < (large.perBody - small.perBody) / 20, figures);
  assert.ok(large.perWaitingBatch < large.perBody / 5, figures);
});
