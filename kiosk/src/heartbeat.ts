import { type HeartbeatRecord, uuidv7 } from '@manyi/core';
import type { Outbox } from '@manyi/outbox';

const HEARTBEAT_MS = 5 * 60_000;

/**
 * Tells the collector, through the same outbox as the ratings, how this tablet is doing: what is
 * still waiting, whether storage is persistent and how full, and which version runs.
 */
export function startHeartbeat(outbox: Outbox, context: () => { stationId: string; windowId?: string } | undefined): void {
  const beat = async () => {
    const where = context();
    if (!where) return;
    const s = await outbox.status();
    const record: HeartbeatRecord = {
      id: uuidv7(),
      kind: 'heartbeat',
      createdAt: new Date().toISOString(),
      stationId: where.stationId,
      channel: 'device',
      pending: s.pending,
      quarantined: s.quarantined,
      oldestPendingAt: s.oldestPendingAt === null ? null : new Date(s.oldestPendingAt).toISOString(),
      lastSuccessAt: s.lastSuccessAt === null ? null : new Date(s.lastSuccessAt).toISOString(),
      persisted: s.persisted,
      storageUsage: s.estimate?.usage ?? null,
      storageQuota: s.estimate?.quota ?? null,
      appVersion: __KIOSK_VERSION__,
    };
    if (where.windowId) record.windowId = where.windowId;
    await outbox.put(record).catch(() => undefined);
  };
  setTimeout(() => void beat(), 10_000);
  setInterval(() => void beat(), HEARTBEAT_MS);
}
