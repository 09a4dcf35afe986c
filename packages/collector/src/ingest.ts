import { hash } from 'node:crypto';
import { type BatchResult, describeIssues } from '@manyi/core';
import { clockSkewMs, isoInstant, isPlausible, localTime } from './clock.js';
import { ApiError } from './errors.js';
import type { HeartbeatSummary } from './store/device-store.js';
import { rememberJson } from './store/rows.js';
import type { Device, InsertOutcome, Store, StoredRecord } from './store/store.js';
import { BROKEN_TEXT_MESSAGE, brokenTextAt, mayHoldBrokenText } from './text-safety.js';
import { BatchRequest, IngestRecord } from './validation.js';

type Rejection = NonNullable<BatchResult['error']>;

/** What one batch shares: the device, its clock's skew, and the moment it arrived. */
interface Arrival {
  device: Device;
  skewMs: number;
  receivedAt: string;
}

/** One record, validated and placed in time, ready to store; or why it is rejected. */
function judge(raw: unknown, arrival: Arrival): StoredRecord | Rejection {
  const check = IngestRecord.safeParse(raw);
  if (!check.success) return { code: 'invalid-record', message: describeIssues(check.error.issues) };
  const record = check.data;
  const { device } = arrival;
  if (record.stationId !== device.stationId) {
    return { code: 'wrong-station', message: `this device is enrolled at station "${device.stationId}", not "${record.stationId}"` };
  }
  const createdAtMs = Date.parse(record.createdAt) + arrival.skewMs;
  if (!isPlausible(createdAtMs)) {
    return {
      code: 'implausible-time',
      message: 'createdAt: corrected by the gap between sentAt and our clock, it falls outside 2000–9999',
    };
  }
  const json = JSON.stringify(record);
  const brokenAt = mayHoldBrokenText(json) ? brokenTextAt(record) : undefined;
  if (brokenAt) return { code: 'invalid-record', message: `${brokenAt}: ${BROKEN_TEXT_MESSAGE}` };
  rememberJson(record, json);
  const local = localTime(createdAtMs);
  return {
    record,
    provenance: 'device',
    deviceId: device.id,
    clientCreatedAt: record.createdAt,
    createdAt: isoInstant(createdAtMs),
    receivedAt: arrival.receivedAt,
    localDay: local.day,
    localHour: local.hour,
    localWeekday: local.weekday,
    contentHash: hash('sha256', json, 'hex'),
  };
}

const REJECTIONS: Partial<Record<InsertOutcome, Rejection>> = {
  conflict: { code: 'conflict', message: 'another record with this id and different content is already stored; the stored one is kept' },
  'tracking-number-taken': {
    code: 'tracking-number-taken',
    message: 'another complaint already has this tracking number; the device must make numbers with the node it was enrolled with',
  },
};

/**
 * A batch whose records are judged and whose writes have begun. While the writes are under way it
 * keeps only what the answer needs: the results, the slot each stored record's result reads, and
 * for a repeat inside the batch whether its content equals the first's. The request body, the
 * parsed records and the rows handed to the store are not reachable from it, so with several
 * batches waiting on the database the young generation's collections copy little.
 */
interface StartedBatch {
  results: BatchResult[];
  /** Results of the records that were stored or tried, with their slot in the store's outcomes. */
  stored: BatchResult[];
  slots: number[];
  /** For the position in `stored` of a repeat of an earlier record: was its content the same? */
  repeats: Map<number, boolean>;
  written: Promise<[InsertOutcome[], unknown]>;
}

/** Validates, judges and starts storing a batch; synchronous, so nothing it made but its answer outlives it. */
function startBatch(store: Store, device: Device, body: unknown, receivedAt: Date): StartedBatch {
  const parsed = BatchRequest.safeParse(body);
  if (!parsed.success) throw new ApiError(400, 'invalid-batch', describeIssues(parsed.error.issues));
  const batch = parsed.data;
  if (batch.deviceId !== device.id) {
    throw new ApiError(403, 'wrong-device', 'deviceId does not match the device this token was issued to');
  }
  const arrival: Arrival = { device, skewMs: clockSkewMs(batch.sentAt, receivedAt), receivedAt: receivedAt.toISOString() };

  const results: BatchResult[] = [];
  const stored: BatchResult[] = [];
  const slots: number[] = [];
  const repeats = new Map<number, boolean>();
  const toStore: StoredRecord[] = [];
  const slotOf = new Map<string, number>(); // id → index in toStore, to settle repeats inside a batch
  let heartbeat: HeartbeatSummary | undefined;

  for (const raw of batch.records) {
    const judged = judge(raw, arrival);
    if (!('record' in judged)) {
      const rawId = (raw as { id?: unknown } | null)?.id;
      results.push({ id: typeof rawId === 'string' ? rawId : null, status: 'rejected', error: judged });
      continue;
    }
    const { record } = judged;
    if (record.kind === 'heartbeat' && (!heartbeat || heartbeat.at < judged.createdAt)) {
      const { pending: waiting, quarantined, oldestPendingAt, lastSuccessAt, persisted, appVersion } = record;
      heartbeat = { at: judged.createdAt, pending: waiting, quarantined, oldestPendingAt, lastSuccessAt, persisted, appVersion };
    }
    const result: BatchResult = { id: record.id, status: 'accepted' };
    results.push(result);
    const earlier = slotOf.get(record.id);
    if (earlier !== undefined) repeats.set(stored.length, (toStore[earlier] as StoredRecord).contentHash === judged.contentHash);
    stored.push(result);
    slots.push(earlier ?? toStore.length);
    if (earlier !== undefined) continue;
    slotOf.set(record.id, toStore.length);
    toStore.push(judged);
  }

  // Together, so SQLite's group commit stores both with one disk sync.
  const written = Promise.all([store.insertRecords(toStore), store.noteDeviceContact(device.id, arrival.receivedAt, heartbeat)]);
  return { results, stored, slots, repeats, written };
}

/** Each result from its record's outcome; a repeat inside the batch from the first's. */
function settle({ results, stored, slots, repeats }: StartedBatch, outcomes: InsertOutcome[]): BatchResult[] {
  for (let i = 0; i < stored.length; i++) {
    let outcome: InsertOutcome = outcomes[slots[i] as number] ?? 'conflict';
    // A repeat inside the batch is a duplicate of the first, unless the first was not stored at all.
    const sameAsFirst = repeats.get(i);
    if (sameAsFirst !== undefined && outcome !== 'tracking-number-taken') outcome = sameAsFirst ? 'duplicate' : 'conflict';
    const result = stored[i] as BatchResult;
    const rejection = REJECTIONS[outcome];
    if (rejection) {
      result.status = 'rejected';
      result.error = rejection;
    } else {
      result.status = outcome as 'accepted' | 'duplicate';
    }
  }
  return results;
}

/**
 * `POST /api/v1/records/batch`: validates each record on its own, so one bad record rejects only
 * itself, stores the rest in one transaction, and answers per record in request order. Not an
 * async function: one would keep `body` (and with it every parsed record) alive until the writes
 * are done; only the started batch's answer waits for them.
 */
export function ingestBatch(store: Store, device: Device, body: unknown, receivedAt = new Date()): Promise<BatchResult[]> {
  let started: StartedBatch;
  try {
    started = startBatch(store, device, body, receivedAt);
  } catch (error) {
    return Promise.reject(error);
  }
  return started.written.then(([outcomes]) => settle(started, outcomes));
}

/** The `kind` each record of a batch body says it has (anything, or undefined), by position. */
export function recordKinds(body: unknown): unknown[] {
  const records = (body as { records?: unknown } | null)?.records;
  return Array.isArray(records) ? records.map((r) => (r as { kind?: unknown } | null)?.kind) : [];
}
