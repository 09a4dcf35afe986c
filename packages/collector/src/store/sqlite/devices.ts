import type { DatabaseSync } from 'node:sqlite';
import { DEVICE_COLUMNS, deviceStatusFromRow } from '../device-rows.js';
import { type DeviceStatus, type HeartbeatSummary, pickTrackingNode } from '../device-store.js';

/** Devices' tracking nodes, last contact and revocation in SQLite. */

/** A free tracking node for a device being enrolled, taking it over from a long-revoked device if need be; the caller holds the write transaction. */
export function allocateTrackingNode(db: DatabaseSync, now: string): number | null {
  const held = db
    .prepare('SELECT tracking_node, revoked_at FROM devices WHERE tracking_node IS NOT NULL')
    .all()
    .map((r) => ({ node: Number(r.tracking_node), revokedAt: r.revoked_at === null ? null : String(r.revoked_at) }));
  const pick = pickTrackingNode(held, new Date(now));
  if (!pick) return null;
  if (pick.reclaimed) db.prepare('UPDATE devices SET tracking_node = NULL WHERE tracking_node = ?').run(pick.node);
  return pick.node;
}

export function listDevices(db: DatabaseSync, stationId: string): DeviceStatus[] {
  return db
    .prepare(`SELECT ${DEVICE_COLUMNS} FROM devices WHERE station_id = ? ORDER BY created_at, id`)
    .all(stationId)
    .map(deviceStatusFromRow);
}

export function getDevice(db: DatabaseSync, deviceId: string): DeviceStatus | undefined {
  const row = db.prepare(`SELECT ${DEVICE_COLUMNS} FROM devices WHERE id = ?`).get(deviceId);
  return row ? deviceStatusFromRow(row) : undefined;
}

export function revokeDevice(db: DatabaseSync, deviceId: string, now: string): DeviceStatus | undefined {
  db.prepare('UPDATE devices SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL').run(now, deviceId);
  return getDevice(db, deviceId);
}

export function noteDeviceContact(db: DatabaseSync, deviceId: string, seenAt: string, heartbeat?: HeartbeatSummary): void {
  // Batches can arrive out of order (two tabs, a retry): keep the newest of each.
  db.prepare(
    `UPDATE devices SET
       last_seen_at = CASE WHEN last_seen_at IS NULL OR last_seen_at < :seen THEN :seen ELSE last_seen_at END,
       last_heartbeat = CASE WHEN :at IS NOT NULL AND (last_heartbeat_at IS NULL OR last_heartbeat_at < :at) THEN :beat ELSE last_heartbeat END,
       last_heartbeat_at = CASE WHEN :at IS NOT NULL AND (last_heartbeat_at IS NULL OR last_heartbeat_at < :at) THEN :at ELSE last_heartbeat_at END
     WHERE id = :id`,
  ).run({ seen: seenAt, at: heartbeat?.at ?? null, beat: heartbeat ? JSON.stringify(heartbeat) : null, id: deviceId });
}
