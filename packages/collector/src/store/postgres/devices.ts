import { DEVICE_COLUMNS, deviceStatusFromRow } from '../device-rows.js';
import { type DeviceStatus, type HeartbeatSummary, pickTrackingNode } from '../device-store.js';
import { iso } from '../values.js';
import type { Queryable } from './catalogue.js';

/** Devices' tracking nodes, last contact and revocation in PostgreSQL. */

// Fixed, like the migration lock, so that every collector on the database serialises node allocation.
const TRACKING_NODE_LOCK = 7_261_095;

/** A free tracking node for a device being enrolled; `db` must be a client inside the enrolling transaction. */
export async function allocateTrackingNode(db: Queryable, now: string): Promise<number | null> {
  await db.query('SELECT pg_advisory_xact_lock($1)', [TRACKING_NODE_LOCK]);
  const { rows } = await db.query<{ tracking_node: number; revoked_at: Date | null }>(
    'SELECT tracking_node, revoked_at FROM devices WHERE tracking_node IS NOT NULL',
  );
  const pick = pickTrackingNode(
    rows.map((r) => ({ node: Number(r.tracking_node), revokedAt: iso(r.revoked_at) })),
    new Date(now),
  );
  if (!pick) return null;
  if (pick.reclaimed) await db.query('UPDATE devices SET tracking_node = NULL WHERE tracking_node = $1', [pick.node]);
  return pick.node;
}

export async function listDevices(db: Queryable, stationId: string): Promise<DeviceStatus[]> {
  const { rows } = await db.query(`SELECT ${DEVICE_COLUMNS} FROM devices WHERE station_id = $1 ORDER BY created_at, id COLLATE "C"`, [
    stationId,
  ]);
  return rows.map(deviceStatusFromRow);
}

export async function getDevice(db: Queryable, deviceId: string): Promise<DeviceStatus | undefined> {
  const { rows } = await db.query(`SELECT ${DEVICE_COLUMNS} FROM devices WHERE id = $1`, [deviceId]);
  return rows[0] ? deviceStatusFromRow(rows[0]) : undefined;
}

export async function revokeDevice(db: Queryable, deviceId: string, now: string): Promise<DeviceStatus | undefined> {
  await db.query('UPDATE devices SET revoked_at = $2 WHERE id = $1 AND revoked_at IS NULL', [deviceId, now]);
  return getDevice(db, deviceId);
}

export async function noteDeviceContact(db: Queryable, deviceId: string, seenAt: string, heartbeat?: HeartbeatSummary): Promise<void> {
  // Batches can arrive out of order (two tabs, a retry): keep the newest of each.
  const newer = '$3::timestamptz IS NOT NULL AND (last_heartbeat_at IS NULL OR last_heartbeat_at < $3::timestamptz)';
  await db.query(
    `UPDATE devices SET
       last_seen_at = GREATEST(last_seen_at, $2::timestamptz),
       last_heartbeat = CASE WHEN ${newer} THEN $4::jsonb ELSE last_heartbeat END,
       last_heartbeat_at = CASE WHEN ${newer} THEN $3::timestamptz ELSE last_heartbeat_at END
     WHERE id = $1`,
    [deviceId, seenAt, heartbeat?.at ?? null, heartbeat ? JSON.stringify(heartbeat) : null],
  );
}
