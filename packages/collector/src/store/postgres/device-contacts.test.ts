import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { HeartbeatSummary } from '../device-store.js';
import { DeviceContactNotes } from './device-contacts.js';

/** A write that finishes only when told to, recording what it was asked to store. */
function heldWrites() {
  const writes: { deviceId: string; seenAt: string; heartbeatAt: string | undefined; finish(error?: Error): void }[] = [];
  const write = (deviceId: string, seenAt: string, heartbeat: HeartbeatSummary | undefined) =>
    new Promise<void>((resolve, reject) => {
      writes.push({ deviceId, seenAt, heartbeatAt: heartbeat?.at, finish: (error) => (error ? reject(error) : resolve()) });
    });
  return { writes, write };
}

const beat = (at: string): HeartbeatSummary => ({
  at,
  pending: 0,
  quarantined: 0,
  oldestPendingAt: null,
  lastSuccessAt: null,
  persisted: true,
  appVersion: '1.0.0',
});
const tick = () => new Promise((resolve) => setImmediate(resolve));

describe("a device's last contact on PostgreSQL", () => {
  test('contacts arriving during a write are merged into one next write, newest of each, and answered only once it is done', async () => {
    const { writes, write } = heldWrites();
    const notes = new DeviceContactNotes(write);
    const answered: string[] = [];
    const first = notes.note('tab', '2026-11-22T08:00:00.001Z').then(() => answered.push('first'));
    const later = [
      notes.note('tab', '2026-11-22T08:00:00.004Z', beat('2026-11-22T07:59:00.000Z')).then(() => answered.push('a')),
      notes.note('tab', '2026-11-22T08:00:00.003Z', beat('2026-11-22T07:59:30.000Z')).then(() => answered.push('b')),
      notes.note('tab', '2026-11-22T08:00:00.002Z').then(() => answered.push('c')),
    ];
    await tick();
    assert.equal(writes.length, 1, 'one write at a time per device');
    writes[0]?.finish();
    await first;
    await tick();
    assert.deepEqual(answered, ['first'], 'the merged contacts wait for their own write');
    assert.equal(writes.length, 2);
    assert.deepEqual(
      { seenAt: writes[1]?.seenAt, heartbeatAt: writes[1]?.heartbeatAt },
      { seenAt: '2026-11-22T08:00:00.004Z', heartbeatAt: '2026-11-22T07:59:30.000Z' },
    );
    writes[1]?.finish();
    await Promise.all(later);
    assert.deepEqual(answered.sort(), ['a', 'b', 'c', 'first']);
  });

  test('a failed write fails the contacts it held, and the next contact is written anew', async () => {
    const { writes, write } = heldWrites();
    const notes = new DeviceContactNotes(write);
    const failing = notes.note('tab', '2026-11-22T08:00:00.001Z');
    await tick();
    writes[0]?.finish(new Error('connection lost'));
    await assert.rejects(failing, /connection lost/);
    const next = notes.note('tab', '2026-11-22T08:00:00.002Z');
    await tick();
    assert.equal(writes.length, 2);
    writes[1]?.finish();
    await next;
  });

  test('different devices are written side by side', async () => {
    const { writes, write } = heldWrites();
    const notes = new DeviceContactNotes(write);
    const both = Promise.all([notes.note('tab-1', '2026-11-22T08:00:00.001Z'), notes.note('tab-2', '2026-11-22T08:00:00.001Z')]);
    await tick();
    assert.deepEqual(writes.map((w) => w.deviceId).sort(), ['tab-1', 'tab-2']);
    for (const w of writes) w.finish();
    await both;
  });
});
