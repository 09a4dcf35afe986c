// The rows the collector stores for a batch of ratings, made here with their own column list so
// the bare-insert baselines need nothing from the collector's internals: same columns, same
// content hash (SHA-256 of the record's JSON), the same JSON body, the station's local time.
import { hash } from 'node:crypto';
import type { RatingRecord } from '@manyi/core';

export const RECORD_COLUMNS = [
  'id',
  'kind',
  'station_id',
  'window_id',
  'staff_id',
  'service_item_id',
  'channel',
  'provenance',
  'device_id',
  'level',
  'misuse',
  'client_created_at',
  'created_at',
  'received_at',
  'local_day',
  'local_hour',
  'local_weekday',
  'content_hash',
  'body',
] as const;

export type RowValue = string | number | null;

const UTC_PLUS_8 = 8 * 3_600_000;

/** One record's column values in RECORD_COLUMNS order; `body` (the last) is the record's JSON text. */
export function ratingRow(record: RatingRecord, deviceId: string, receivedAt: string): RowValue[] {
  const json = JSON.stringify(record);
  const local = new Date(Date.parse(record.createdAt) + UTC_PLUS_8);
  return [
    record.id,
    record.kind,
    record.stationId,
    record.windowId ?? null,
    record.staffId ?? null,
    record.serviceItemId ?? null,
    record.channel,
    'device',
    deviceId,
    record.level,
    0,
    record.createdAt,
    record.createdAt,
    receivedAt,
    local.toISOString().slice(0, 10),
    local.getUTCHours(),
    local.getUTCDay() || 7,
    hash('sha256', json, 'hex'),
    json,
  ];
}
