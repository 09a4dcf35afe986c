import type { BatchResult, ManyiRecord } from '@manyi/core';
import { type DBSchema, type IDBPDatabase, openDB, unwrap } from 'idb';

/** A record waiting on the device, numbered in the order it was put. */
export interface QueuedRecord {
  seq: number;
  record: ManyiRecord;
  queuedAt: number;
}

/** A record the collector refused: kept on the device, reported, never retried by itself. */
export interface QuarantinedRecord extends QueuedRecord {
  error: NonNullable<BatchResult['error']>;
  quarantinedAt: number;
  /** When the citizen's name and phone were erased from `record`, the retention period being over. */
  personalDataErasedAt?: number;
}

/** The device's credential for the collector, obtained through enrolment. */
export interface DeviceCredentials {
  deviceId: string;
  token: string;
  stationId: string;
}

/**
 * Running figures kept beside the queue so status never has to count 100k rows. A put only adds
 * its record (one store, no read): records numbered above `counted` are not in `pending` yet and
 * are counted from the queue itself, until the next flush takes them into `pending`.
 */
export interface OutboxCounters {
  /** Records waiting among those numbered up to `counted`. */
  pending: number;
  quarantined: number;
  /** The highest record number already in `pending`. */
  counted: number;
}

/** The database: `queue` (numbered by IndexedDB's key generator: in put order, never reused, across tabs), `quarantine` and `meta`. */
export interface OutboxSchema extends DBSchema {
  queue: { key: number; value: QueuedRecord };
  quarantine: { key: number; value: QuarantinedRecord };
  meta: {
    key: string;
    value: OutboxCounters | DeviceCredentials | number;
  };
}

export type OutboxDB = IDBPDatabase<OutboxSchema>;

export const COUNTERS_KEY = 'counters';
export const CREDENTIALS_KEY = 'credentials';
export const LAST_SUCCESS_KEY = 'lastSuccessAt';
export const DB_VERSION = 2;

export function openOutboxDB(name: string, onLost: () => void): Promise<OutboxDB> {
  return openDB<OutboxSchema>(name, DB_VERSION, {
    upgrade(db, oldVersion, _newVersion, transaction) {
      if (oldVersion < 1) {
        db.createObjectStore('quarantine', { keyPath: 'seq' });
        db.createObjectStore('meta');
      }
      db.createObjectStore('queue', { keyPath: 'seq', autoIncrement: true });
      if (oldVersion === 1) moveVersion1Queue(unwrap(transaction));
    },
    // Another tab wants a newer schema: step aside at once rather than block its upgrade.
    blocking(_current, _next, event) {
      (event.target as IDBDatabase).close();
      onLost();
    },
    // The browser closed it (storage cleared, disk error).
    terminated: onLost,
  });
}

/**
 * Version 1 numbered records itself from a counter read in every put. Its records move to the
 * numbering queue with their numbers, all counted, and the key generator goes on after the last
 * number ever given, so no number is used twice.
 */
function moveVersion1Queue(tx: IDBTransaction): void {
  const meta = tx.objectStore('meta');
  const queue = tx.objectStore('queue');
  const old = tx.objectStore('records');
  const read = meta.get(COUNTERS_KEY);
  read.onsuccess = () => {
    const v1 = read.result as { nextSeq?: number; pending?: number; quarantined?: number } | undefined;
    const counted = Math.max(0, (v1?.nextSeq ?? 1) - 1);
    meta.put({ pending: v1?.pending ?? 0, quarantined: v1?.quarantined ?? 0, counted } satisfies OutboxCounters, COUNTERS_KEY);
    let highest = 0;
    const cursor = old.openCursor();
    cursor.onsuccess = () => {
      const at = cursor.result;
      if (at) {
        const queued = at.value as QueuedRecord;
        queue.add(queued);
        highest = Math.max(highest, queued.seq);
        at.continue();
        return;
      }
      if (counted > highest) {
        queue.add({ seq: counted, record: { placeholder: true }, queuedAt: 0 } as unknown as QueuedRecord);
        queue.delete(counted);
      }
      tx.db.deleteObjectStore('records');
    };
  };
}

/** The running figures as a transaction's `meta` store holds them, or zeros on a new device. */
export async function readCounters(meta: { get(key: string): Promise<unknown> }): Promise<OutboxCounters> {
  return ((await meta.get(COUNTERS_KEY)) as OutboxCounters | undefined) ?? { pending: 0, quarantined: 0, counted: 0 };
}
