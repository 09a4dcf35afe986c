import type { HeartbeatSummary } from './device-store.js';
import type { InsertOutcome, StoredRecord } from './store.js';

/**
 * The writes of device uploads, where the two databases truly differ: PostgreSQL stores a batch in
 * one bulk statement (postgres/uploads.ts); SQLite writes on a thread of its own with group commit
 * (sqlite/uploads.ts). Each resolves only once the COMMIT holding it is on disk.
 */
export interface UploadWrites {
  /**
   * Stores a batch idempotently by record id; outcomes in input order. Ids within one call are
   * unique. Complaints also get their row in `complaints`, atomically with their record. The rows
   * are made into what the database is sent before this returns, and not held while it waits.
   */
  insertRecords(rows: readonly StoredRecord[]): Promise<InsertOutcome[]>;
  noteDeviceContact(deviceId: string, seenAt: string, heartbeat?: HeartbeatSummary): Promise<void>;
  /** Finishes every write already asked for, then lets go of the database. */
  close(): Promise<void>;
}
