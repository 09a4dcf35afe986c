import { DatabaseSync } from 'node:sqlite';
import pg from 'pg';
import type { Backend } from './backends.js';

/** The three times the collector keeps of a record, as ISO UTC. */
export interface StoredTimes {
  /** The device's clock reading, as sent. */
  clientCreatedAt: string;
  /** Corrected for the device's clock skew. */
  createdAt: string;
  receivedAt: string;
}

interface TimeRow {
  id: string;
  client_created_at: string | Date;
  created_at: string | Date;
  received_at: string | Date;
}

const SELECT = 'SELECT id, client_created_at, created_at, received_at FROM records';
const iso = (value: string | Date) => new Date(value).toISOString();

/**
 * The stored times of every record, by id, read from the database itself: no route answers with
 * the device's raw clock reading, and a store method would only repeat what it was handed.
 */
export async function storedTimes(backend: Backend['name'], location: string): Promise<Map<string, StoredTimes>> {
  let rows: TimeRow[];
  if (backend === 'SQLite') {
    const db = new DatabaseSync(location, { readOnly: true });
    try {
      rows = db.prepare(SELECT).all() as unknown as TimeRow[];
    } finally {
      db.close();
    }
  } else {
    const client = new pg.Client({ connectionString: location });
    await client.connect();
    try {
      rows = (await client.query<TimeRow>(SELECT)).rows;
    } finally {
      await client.end();
    }
  }
  return new Map(
    rows.map((r) => [r.id, { clientCreatedAt: iso(r.client_created_at), createdAt: iso(r.created_at), receivedAt: iso(r.received_at) }]),
  );
}
