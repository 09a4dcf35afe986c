import { chinaDateOf, chinaDayStart, MAX_TRACKING_NODE } from '@manyi/core';
import { DEVICE_COLUMNS, deviceFromRow, deviceStatusFromRow, ENROLLED_DEVICE_COLUMNS } from './device-rows.js';
import type { Sql } from './sql/port.js';
import type { Device } from './store.js';
import type { UploadWrites } from './upload-writes.js';
import { iso } from './values.js';

/** The collector's own tracking node, for complaints filed through the web channel. */
export const COLLECTOR_TRACKING_NODE = 0;
/**
 * Nodes kept for the web channel once node 0's numbers of a day are used up: 224 × 32,768 numbers
 * a day, more than a day of rate-limited complaints from 10,000 addresses (725 each) can take.
 * Never handed to a tablet.
 */
export const WEB_OVERFLOW_NODES = { from: 800, to: MAX_TRACKING_NODE } as const;

/** What a kiosk last said about itself in a heartbeat record. */
export interface HeartbeatSummary {
  /** The heartbeat's time, corrected for the device's clock skew. */
  at: string;
  pending: number;
  quarantined: number;
  oldestPendingAt: string | null;
  lastSuccessAt: string | null;
  persisted: boolean;
  appVersion: string;
  /** The window the tablet was set to, when the heartbeat said so. */
  windowId?: string;
}

/** A device as a station manager sees it. */
export interface DeviceStatus extends Device {
  revokedAt: string | null;
  /** When it last sent a batch. */
  lastSeenAt: string | null;
  lastHeartbeat: HeartbeatSummary | null;
}

/** A node held by a device, and whether that device was revoked. */
export interface HeldNode {
  node: number;
  revokedAt: string | null;
}

/**
 * The node for a newly enrolled device: the lowest one nobody holds, else the one of the device
 * revoked longest ago — but only if it was revoked before today (China time). A tracking number
 * carries its day, so a node handed over on a later day can never repeat a number the revoked
 * device made. Undefined when every node is in use.
 */
export function pickTrackingNode(held: readonly HeldNode[], now: Date): { node: number; reclaimed: boolean } | undefined {
  const taken = new Set(held.map((h) => h.node));
  for (let node = COLLECTOR_TRACKING_NODE + 1; node < WEB_OVERFLOW_NODES.from; node++) {
    if (!taken.has(node)) return { node, reclaimed: false };
  }
  const today = chinaDayStart(chinaDateOf(now)).getTime();
  const reclaimable = held
    .filter((h): h is { node: number; revokedAt: string } => h.revokedAt !== null && Date.parse(h.revokedAt) < today)
    .sort((a, b) => Date.parse(a.revokedAt) - Date.parse(b.revokedAt))[0];
  return reclaimable ? { node: reclaimable.node, reclaimed: true } : undefined;
}

/** Enrolment codes, enrolled devices with their tracking nodes, revocation and last contact. */
export class DeviceStore {
  readonly #sql: Sql;
  readonly #uploads: UploadWrites;

  /** Every tracking node a tablet holds (revoked or not): the web channel never makes numbers on one. */
  async heldTrackingNodes(): Promise<Set<number>> {
    const rows = await this.#sql.all('SELECT tracking_node FROM devices WHERE tracking_node IS NOT NULL');
    return new Set(rows.map((r) => Number(r.tracking_node)));
  }

  constructor(sql: Sql, uploads: UploadWrites) {
    this.#sql = sql;
    this.#uploads = uploads;
  }

  async addEnrollmentCode(stationId: string, codeHash: string, expiresAt: string): Promise<void> {
    const p = this.#sql.p;
    await this.#sql.run(`INSERT INTO enrollment_codes (code_hash, station_id, expires_at) VALUES (${p(1)}, ${p(2)}, ${p(3)})`, [
      codeHash,
      stationId,
      expiresAt,
    ]);
  }

  /**
   * Uses an enrollment code once: if it exists, is unused and has not expired, marks it used and
   * creates the device with a free tracking node (see pickTrackingNode), atomically. Returns
   * undefined otherwise.
   */
  enroll(codeHash: string, now: string, d: { id: string; name: string | null; tokenHash: string }): Promise<Device | undefined> {
    return this.#sql.transaction(async (tx) => {
      const p = tx.p;
      const code = await tx.get(
        `UPDATE enrollment_codes SET used_at = ${p(2)} WHERE code_hash = ${p(1)} AND used_at IS NULL AND expires_at > ${p(2)}
         RETURNING station_id`,
        [codeHash, now],
      );
      if (!code) return undefined;
      const trackingNode = await allocateTrackingNode(tx, now);
      const device: Device = { id: d.id, stationId: String(code.station_id), name: d.name, createdAt: now, trackingNode };
      await tx.run(
        `INSERT INTO devices (id, station_id, name, token_hash, created_at, tracking_node)
         VALUES (${p(1)}, ${p(2)}, ${p(3)}, ${p(4)}, ${p(5)}, ${p(6)})`,
        [device.id, device.stationId, d.name, d.tokenHash, now, trackingNode],
      );
      return device;
    });
  }

  /** The enrolled, unrevoked device holding this token. */
  async byTokenHash(tokenHash: string): Promise<Device | undefined> {
    const row = await this.#sql.get(
      `SELECT ${ENROLLED_DEVICE_COLUMNS} FROM devices WHERE token_hash = ${this.#sql.p(1)} AND revoked_at IS NULL`,
      [tokenHash],
    );
    return row ? deviceFromRow(row) : undefined;
  }

  async list(stationId: string): Promise<DeviceStatus[]> {
    const rows = await this.#sql.all(
      `SELECT ${DEVICE_COLUMNS} FROM devices WHERE station_id = ${this.#sql.p(1)} ORDER BY created_at, ${this.#sql.bytewise('id')}`,
      [stationId],
    );
    return rows.map(deviceStatusFromRow);
  }

  async get(deviceId: string): Promise<DeviceStatus | undefined> {
    const row = await this.#sql.get(`SELECT ${DEVICE_COLUMNS} FROM devices WHERE id = ${this.#sql.p(1)}`, [deviceId]);
    return row ? deviceStatusFromRow(row) : undefined;
  }

  /** Revokes the device (its token stops working); revoking again keeps the first time. */
  async revoke(deviceId: string, now: string): Promise<DeviceStatus | undefined> {
    const p = this.#sql.p;
    await this.#sql.run(`UPDATE devices SET revoked_at = ${p(2)} WHERE id = ${p(1)} AND revoked_at IS NULL`, [deviceId, now]);
    return this.get(deviceId);
  }

  /** Notes a batch from the device, and its newest heartbeat if it is newer than the one kept. */
  noteContact(deviceId: string, seenAt: string, heartbeat?: HeartbeatSummary): Promise<void> {
    return this.#uploads.noteDeviceContact(deviceId, seenAt, heartbeat);
  }
}

/** A free tracking node for a device being enrolled, taking it over from a long-revoked device if need be. */
async function allocateTrackingNode(tx: Sql, now: string): Promise<number | null> {
  await tx.exclusive('tracking-nodes');
  const rows = await tx.all('SELECT tracking_node, revoked_at FROM devices WHERE tracking_node IS NOT NULL');
  const pick = pickTrackingNode(
    rows.map((r) => ({ node: Number(r.tracking_node), revokedAt: iso(r.revoked_at) })),
    new Date(now),
  );
  if (!pick) return null;
  if (pick.reclaimed) await tx.run(`UPDATE devices SET tracking_node = NULL WHERE tracking_node = ${tx.p(1)}`, [pick.node]);
  return pick.node;
}
