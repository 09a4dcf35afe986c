import type { DatabaseSync } from 'node:sqlite';
import type { HeartbeatSummary } from '../device-store.js';

/** A device's last contact, written synchronously inside the uploads' group transaction (see uploads.ts). */
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
