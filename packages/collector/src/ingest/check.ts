import { hash } from 'node:crypto';
import { type BatchResult, describeIssues } from '@manyi/core';
import { clockSkewMs, isoInstant, isPlausible, localTime } from '../clock.js';
import { ApiError } from '../errors.js';
import type { Device, StoredRecord } from '../store/store.js';
import { BROKEN_TEXT_MESSAGE, brokenTextAt, mayHoldBrokenText } from '../text-safety.js';
import { BatchRequest, IngestRecord } from '../validation.js';

/** Ingest, part 1 of 3: checking a batch and each of its records on its own. */

export type Rejection = NonNullable<BatchResult['error']>;

/** A record as checked: ready to store (with the JSON text it is stored as), or rejected, with the id it claimed. */
export type CheckedRecord = { row: StoredRecord } | { rejected: Rejection; id: string | null };

/** What one batch shares: the device, its clock's skew, and the moment it arrived. */
interface Arrival {
  device: Device;
  skewMs: number;
  receivedAt: string;
}

/** The batch's records, each checked; throws the answer for a batch that is not one, or not this device's. */
export function checkBatch(device: Device, body: unknown, receivedAt: Date): CheckedRecord[] {
  const parsed = BatchRequest.safeParse(body);
  if (!parsed.success) throw new ApiError(400, 'invalid-batch', describeIssues(parsed.error.issues));
  const batch = parsed.data;
  if (batch.deviceId !== device.id) {
    throw new ApiError(403, 'wrong-device', 'deviceId does not match the device this token was issued to');
  }
  const arrival: Arrival = { device, skewMs: clockSkewMs(batch.sentAt, receivedAt), receivedAt: receivedAt.toISOString() };
  return batch.records.map((raw) => {
    const checked = checkRecord(raw, arrival);
    if ('record' in checked) return { row: checked };
    const rawId = (raw as { id?: unknown } | null)?.id;
    return { rejected: checked, id: typeof rawId === 'string' ? rawId : null };
  });
}

/** One record, validated and placed in time, ready to store; or why it is rejected. */
function checkRecord(raw: unknown, arrival: Arrival): StoredRecord | Rejection {
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
    json,
  };
}
