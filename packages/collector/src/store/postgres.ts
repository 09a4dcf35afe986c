import pg from 'pg';
import { POSTGRES_MIGRATIONS } from './migrations.js';
import { writeDeviceContact } from './postgres/device-contacts.js';
import { PostgresUploads } from './postgres/uploads.js';
import { PostgresPort } from './sql/postgres-port.js';
import { SqlStore } from './sql-store.js';

/** PostgreSQL for provinces that run several stateless collectors on one database. */
export class PostgresStore extends SqlStore {
  readonly kind = 'postgres';
  readonly #pool: pg.Pool;

  constructor(connectionString: string) {
    const pool = new pg.Pool({ connectionString, max: 8 });
    // An idle client losing its connection must not crash the collector; the pool replaces it.
    pool.on('error', () => {});
    const sql = new PostgresPort(pool);
    super(sql, new PostgresUploads(sql, (id, seenAt, heartbeat) => writeDeviceContact(pool, id, seenAt, heartbeat)), {
      list: POSTGRES_MIGRATIONS,
      timeType: 'TIMESTAMPTZ',
    });
    this.#pool = pool;
  }

  async close(): Promise<void> {
    await this.uploads.close();
    await this.#pool.end();
  }

  connections(): { open: number; idle: number; waiting: number } {
    return { open: this.#pool.totalCount, idle: this.#pool.idleCount, waiting: this.#pool.waitingCount };
  }
}
