import { chinaDateOf, chinaDayStart, MAX_TRACKING_NODE } from '@manyi/core';
import type { Device } from './store.js';

/** The collector's own tracking node, for complaints filed through the web channel. */
export const COLLECTOR_TRACKING_NODE = 0;

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
}

/** A device as a station manager sees it. */
export interface DeviceStatus extends Device {
  revokedAt: string | null;
  /** When it last sent a batch. */
  lastSeenAt: string | null;
  lastHeartbeat: HeartbeatSummary | null;
}

export interface DeviceStore {
  listDevices(stationId: string): Promise<DeviceStatus[]>;
  getDevice(deviceId: string): Promise<DeviceStatus | undefined>;
  /** Revokes the device (its token stops working); revoking again keeps the first time. */
  revokeDevice(deviceId: string, now: string): Promise<DeviceStatus | undefined>;
  /** Notes a batch from the device, and its newest heartbeat if it is newer than the one kept. */
  noteDeviceContact(deviceId: string, seenAt: string, heartbeat?: HeartbeatSummary): Promise<void>;
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
  for (let node = COLLECTOR_TRACKING_NODE + 1; node <= MAX_TRACKING_NODE; node++) {
    if (!taken.has(node)) return { node, reclaimed: false };
  }
  const today = chinaDayStart(chinaDateOf(now)).getTime();
  const reclaimable = held
    .filter((h): h is { node: number; revokedAt: string } => h.revokedAt !== null && Date.parse(h.revokedAt) < today)
    .sort((a, b) => Date.parse(a.revokedAt) - Date.parse(b.revokedAt))[0];
  return reclaimable ? { node: reclaimable.node, reclaimed: true } : undefined;
}
