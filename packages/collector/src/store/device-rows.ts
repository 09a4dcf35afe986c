import type { DeviceStatus, HeartbeatSummary } from './device-store.js';
import type { Device } from './store.js';
import { iso, parsedJson } from './values.js';

/** Device rows as both databases return them. */

/** The columns of a Device, and of a DeviceStatus. */
export const ENROLLED_DEVICE_COLUMNS = 'id, station_id, name, created_at, tracking_node';
export const DEVICE_COLUMNS = `${ENROLLED_DEVICE_COLUMNS}, revoked_at, last_seen_at, last_heartbeat`;

export function deviceFromRow(row: Record<string, unknown>): Device {
  return {
    id: String(row.id),
    stationId: String(row.station_id),
    name: row.name === null ? null : String(row.name),
    createdAt: iso(row.created_at) ?? '',
    trackingNode: row.tracking_node === null ? null : Number(row.tracking_node),
  };
}

export function deviceStatusFromRow(row: Record<string, unknown>): DeviceStatus {
  return {
    ...deviceFromRow(row),
    revokedAt: iso(row.revoked_at),
    lastSeenAt: iso(row.last_seen_at),
    lastHeartbeat: row.last_heartbeat === null ? null : parsedJson<HeartbeatSummary>(row.last_heartbeat),
  };
}
