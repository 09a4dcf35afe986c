import type { ManyiRecord, NationalLevel, Station } from '@manyi/core';
import type { StoredRecord } from './store.js';

/** Row shapes shared by both databases, and their mapping to domain objects. */
export interface StationRow {
  id: string;
  name: string;
  scale: number;
  cooldown_ms: number;
  thank_you_ms: number;
  idle_reset_ms: number;
  region_id: string | null;
}

export function stationFromRow(row: StationRow): Station {
  return {
    id: row.id,
    name: row.name,
    scale: row.scale as Station['scale'],
    cooldownMs: Number(row.cooldown_ms),
    thankYouMs: Number(row.thank_you_ms),
    idleResetMs: Number(row.idle_reset_ms),
    ...(row.region_id ? { regionId: row.region_id } : {}),
  };
}

/** Column values of one record, in the order of RECORD_COLUMNS. */
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
  'late',
  'client_created_at',
  'created_at',
  'received_at',
  'local_day',
  'local_hour',
  'local_weekday',
  'content_hash',
  'body',
] as const;

export function recordValues(row: StoredRecord): (string | number | boolean | null)[] {
  const r = row.record;
  const body = loggedBody(r);
  const level: NationalLevel | null = r.kind === 'rating' ? (r.level as NationalLevel) : null;
  return [
    r.id,
    r.kind,
    r.stationId,
    r.windowId ?? null,
    'staffId' in r ? (r.staffId ?? null) : null,
    'serviceItemId' in r ? (r.serviceItemId ?? null) : null,
    r.channel,
    row.provenance,
    row.deviceId,
    level,
    'misuse' in r && r.misuse === true,
    row.late === true,
    row.clientCreatedAt,
    row.createdAt,
    row.receivedAt,
    row.localDay,
    row.localHour,
    row.localWeekday,
    row.contentHash,
    (body === r && row.json) || JSON.stringify(body),
  ];
}

/** The body kept in `records`: a complaint's contact details live only in `complaints`, where they can be erased. */
function loggedBody(r: ManyiRecord): ManyiRecord {
  if (r.kind !== 'complaint' || r.contact === undefined) return r;
  const { contact: _erasable, ...rest } = r;
  return rest;
}

/** SQL expression per stats grouping (same column names in both databases). */
export const GROUP_COLUMN = {
  window: 'window_id',
  staff: 'staff_id',
  serviceItem: 'service_item_id',
  day: 'local_day',
  hour: 'local_hour',
  station: 'station_id',
} as const;
