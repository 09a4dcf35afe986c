import type pg from 'pg';
import type { HeartbeatSummary } from '../device-store.js';

interface Note {
  seenAt: string;
  heartbeat: HeartbeatSummary | undefined;
  waiting: { resolve(): void; reject(error: unknown): void }[];
}

/**
 * A device's last contact, written once for all the batches that arrive while the previous write
 * is in flight. Each write takes the device's row lock until its commit is on disk, so four
 * uploads at once would otherwise queue behind three commits; merged they wait for at most two.
 * Each caller is answered once a write holding its contact (or a newer one) is committed.
 */
export class DeviceContactNotes {
  readonly #write: (deviceId: string, seenAt: string, heartbeat: HeartbeatSummary | undefined) => Promise<void>;
  readonly #inFlight = new Set<string>();
  readonly #next = new Map<string, Note>();

  constructor(write: (deviceId: string, seenAt: string, heartbeat: HeartbeatSummary | undefined) => Promise<void>) {
    this.#write = write;
  }

  note(deviceId: string, seenAt: string, heartbeat?: HeartbeatSummary): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      const next = this.#next.get(deviceId);
      if (next) {
        // Keep the newest of each, as the UPDATE itself does for batches arriving out of order.
        if (seenAt > next.seenAt) next.seenAt = seenAt;
        if (heartbeat && (!next.heartbeat || heartbeat.at > next.heartbeat.at)) next.heartbeat = heartbeat;
        next.waiting.push({ resolve, reject });
      } else {
        this.#next.set(deviceId, { seenAt, heartbeat, waiting: [{ resolve, reject }] });
      }
      if (!this.#inFlight.has(deviceId)) void this.#run(deviceId);
    });
  }

  async #run(deviceId: string): Promise<void> {
    this.#inFlight.add(deviceId);
    try {
      for (let note = this.#next.get(deviceId); note; note = this.#next.get(deviceId)) {
        this.#next.delete(deviceId);
        try {
          await this.#write(deviceId, note.seenAt, note.heartbeat);
          for (const w of note.waiting) w.resolve();
        } catch (error) {
          for (const w of note.waiting) w.reject(error);
        }
      }
    } finally {
      this.#inFlight.delete(deviceId);
    }
  }
}

/** Writes a device's last contact and newest heartbeat. */
export async function writeDeviceContact(db: pg.Pool, deviceId: string, seenAt: string, heartbeat?: HeartbeatSummary): Promise<void> {
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
