import type { BatchResult, ManyiRecord } from '@manyi/core';
import { type DBSchema, type IDBPDatabase, openDB } from 'idb';

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
}

/** The device's credential for the collector, obtained through enrolment. */
export interface DeviceCredentials {
  deviceId: string;
  token: string;
  stationId: string;
}

/** Running figures kept beside the queue so status never has to count 100k rows. */
export interface OutboxCounters {
  nextSeq: number;
  pending: number;
  quarantined: number;
}

export interface OutboxSchema extends DBSchema {
  records: { key: number; value: QueuedRecord };
  quarantine: { key: number; value: QuarantinedRecord };
  meta: {
    key: string;
    value: OutboxCounters | DeviceCredentials | number | string;
  };
}

export type OutboxDB = IDBPDatabase<OutboxSchema>;

export const COUNTERS_KEY = 'counters';
export const CREDENTIALS_KEY = 'credentials';
export const LAST_SUCCESS_KEY = 'lastSuccessAt';

export function openOutboxDB(name: string, onLost: () => void): Promise<OutboxDB> {
  return openDB<OutboxSchema>(name, 1, {
    upgrade(db) {
      db.createObjectStore('records', { keyPath: 'seq' });
      db.createObjectStore('quarantine', { keyPath: 'seq' });
      db.createObjectStore('meta');
    },
    // Another tab wants a newer schema: step aside at once rather than block its upgrade.
    blocking(_current, _next, event) {
      (event.target as IDBDatabase).close();
      onLost();
    },
    terminated: onLost,
  });
}

export function initialCounters(): OutboxCounters {
  return { nextSeq: 1, pending: 0, quarantined: 0 };
}
