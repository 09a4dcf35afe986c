import { hash } from 'node:crypto';
import { type BatchResult, describeIssues } from '@manyi/core';
import { unknownReferences } from '../catalogue-check.js';
import { clockSkewMs, isoInstant, isPlausible, localTime } from '../clock.js';
import { ApiError } from '../errors.js';
import type { Device, StoredRecord } from '../store/store.js';
import { BROKEN_TEXT_MESSAGE, brokenTextAt, mayHoldBrokenText } from '../text-safety.js';
import { BatchRequest, IngestRecord } from '../validation.js';
import { lateBefore, type StationRules } from './station-rules.js';
import { trackingNumberProblem } from './tracking-nodes.js';

/** Ingest, part 1 of 3: checking a batch and each of its records on its own. */

export type Rejection = NonNullable<BatchResult['error']>;

/** A record as checked: ready to store (with the JSON text it is stored as), or rejected, with the id it claimed. */
export type CheckedRecord = { row: StoredRecord } | { rejected: Rejection; id: string | null };

/** What one batch shares: the device, its clock's skew, the moment it arrived, and its station's rules. */
interface Arrival {
  device: Device;
  skewMs: number;
  receivedAt: string;
  rules: StationRules;
  /** Ratings made before this instant (epoch ms) are stored late. */
  lateBefore: number;
}

/** The codes of records refused for naming what the station's catalogue did not list. */
export const UNKNOWN_ENTRY_CODES: ReadonlySet<string> = new Set(['unknown-window', 'unknown-staff', 'unknown-service-item']);

/** The batch's records, each checked; throws the answer for a batch that is not one, or not this device's. */
export function checkBatch(device: Device, body: unknown, receivedAt: Date, rules: StationRules): CheckedRecord[] {
  const parsed = BatchRequest.safeParse(body);
  if (!parsed.success) throw new ApiError(400, 'invalid-batch', describeIssues(parsed.error.issues));
  const batch = parsed.data;
  if (batch.deviceId !== device.id) {
    throw new ApiError(403, 'wrong-device', 'deviceId does not match the device this token was issued to');
  }
  const arrival: Arrival = {
    device,
    skewMs: clockSkewMs(batch.sentAt, receivedAt),
    receivedAt: receivedAt.toISOString(),
    rules,
    lateBefore: lateBefore(rules, receivedAt.getTime()),
  };
  return batch.records.map((raw) => {
    const checked = checkRecord(raw, arrival);
    if ('record' in checked) return { row: checked };
    const rawId = (raw as { id?: unknown } | null)?.id;
    return { rejected: checked, id: typeof rawId === 'string' ? rawId : null };
  });
}

/**
 * One record, validated, placed in time and checked against what the tablet could have offered
 * then (its channel, the station's catalogue at the record's time), ready to store; or why it is
 * rejected. Messages name fields, never another station's or entry's id.
 */
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
  if (record.channel !== 'device') {
    return { code: 'channel-not-allowed', message: `channel: a device's records are "device", not "${record.channel}"` };
  }
  const numbering = trackingNumberProblem(record, device.trackingNode, createdAtMs);
  if (numbering) return numbering;
  const unknown = unknownReferences(arrival.rules.history, record, createdAtMs)[0];
  if (unknown) {
    return { code: unknown.code, message: `${unknown.field}: the station listed no such ${unknown.noun} when this record was made` };
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
    late: record.kind === 'rating' && createdAtMs < arrival.lateBefore,
    json,
  };
}
