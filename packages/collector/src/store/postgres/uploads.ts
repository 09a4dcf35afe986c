import type { HeartbeatSummary } from '../device-store.js';
import type { Sql } from '../sql/port.js';
import type { InsertOutcome, StoredRecord } from '../store.js';
import type { UploadWrites } from '../upload-writes.js';
import { DeviceContactNotes } from './device-contacts.js';
import { prepareBatch, storeBatch } from './record-inserts.js';

/** Uploads' writes on PostgreSQL: a batch in one bulk statement; device contacts merged while one is in flight. */
export class PostgresUploads implements UploadWrites {
  readonly #sql: Sql;
  readonly #contacts: DeviceContactNotes;

  constructor(sql: Sql, writeContact: ConstructorParameters<typeof DeviceContactNotes>[0]) {
    this.#sql = sql;
    this.#contacts = new DeviceContactNotes(writeContact);
  }

  /** Not an async function: one would keep `rows` alive until the database answers (see prepareBatch). */
  insertRecords(rows: readonly StoredRecord[]): Promise<InsertOutcome[]> {
    if (rows.length === 0) return Promise.resolve([]);
    const batch = prepareBatch(rows);
    // Without complaints or service events the INSERT is the only write: one statement is atomic and durable alone.
    return batch.complaints.length > 0 || batch.events.length > 0
      ? this.#sql.transaction((tx) => storeBatch(tx, batch))
      : storeBatch(this.#sql, batch);
  }

  noteDeviceContact(deviceId: string, seenAt: string, heartbeat?: HeartbeatSummary): Promise<void> {
    return this.#contacts.note(deviceId, seenAt, heartbeat);
  }

  async close(): Promise<void> {}
}
