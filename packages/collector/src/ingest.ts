import { createHash } from 'node:crypto';
import { BatchRequestSchema, type BatchResult, describeIssues, RecordSchema } from '@manyi/core';
import { correctForSkew, localTime } from './clock.js';
import { ApiError } from './errors.js';
import type { Device, InsertOutcome, Store, StoredRecord } from './store/store.js';

/**
 * `POST /api/v1/records/batch`: validates each record on its own, so one bad record rejects only
 * itself, stores the rest in one transaction, and answers per record in request order.
 */
export async function ingestBatch(store: Store, device: Device, body: unknown, receivedAt = new Date()): Promise<BatchResult[]> {
  const parsed = BatchRequestSchema.safeParse(body);
  if (!parsed.success) throw new ApiError(400, 'invalid-batch', describeIssues(parsed.error.issues));
  const batch = parsed.data;
  if (batch.deviceId !== device.id) {
    throw new ApiError(403, 'wrong-device', 'deviceId does not match the device this token was issued to');
  }

  const results: BatchResult[] = [];
  const toStore: StoredRecord[] = [];
  const slotOf = new Map<string, number>(); // id → index in toStore, to settle repeats inside a batch
  const pending: { result: BatchResult; slot: number; hash: string }[] = [];

  for (const raw of batch.records) {
    const rawId = typeof (raw as { id?: unknown })?.id === 'string' ? (raw as { id: string }).id : null;
    const check = RecordSchema.safeParse(raw);
    if (!check.success) {
      results.push({ id: rawId, status: 'rejected', error: { code: 'invalid-record', message: describeIssues(check.error.issues) } });
      continue;
    }
    const record = check.data;
    if (record.stationId !== device.stationId) {
      results.push({
        id: record.id,
        status: 'rejected',
        error: { code: 'wrong-station', message: `this device is enrolled at station "${device.stationId}", not "${record.stationId}"` },
      });
      continue;
    }
    const createdAt = correctForSkew(record.createdAt, batch.sentAt, receivedAt);
    const local = localTime(createdAt);
    const hash = createHash('sha256').update(JSON.stringify(record)).digest('hex');
    const result: BatchResult = { id: record.id, status: 'accepted' };
    results.push(result);
    const earlier = slotOf.get(record.id);
    if (earlier !== undefined) {
      pending.push({ result, slot: earlier, hash });
      continue;
    }
    slotOf.set(record.id, toStore.length);
    pending.push({ result, slot: toStore.length, hash });
    toStore.push({
      record,
      provenance: 'device',
      deviceId: device.id,
      clientCreatedAt: record.createdAt,
      createdAt: createdAt.toISOString(),
      receivedAt: receivedAt.toISOString(),
      localDay: local.day,
      localHour: local.hour,
      localWeekday: local.weekday,
      contentHash: hash,
    });
  }

  const outcomes = await store.insertRecords(toStore);
  const firstUse = new Set<number>();
  for (const p of pending) {
    const stored = toStore[p.slot] as StoredRecord;
    let outcome: InsertOutcome = outcomes[p.slot] ?? 'conflict';
    if (firstUse.has(p.slot)) outcome = stored.contentHash === p.hash ? 'duplicate' : 'conflict';
    firstUse.add(p.slot);
    if (outcome === 'conflict') {
      p.result.status = 'rejected';
      p.result.error = {
        code: 'conflict',
        message: 'another record with this id and different content is already stored; the stored one is kept',
      };
    } else {
      p.result.status = outcome;
    }
  }
  return results;
}
