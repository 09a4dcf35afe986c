import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { SQLITE_MIGRATIONS } from './migrations.js';
import { SqlitePort, turnsOf } from './sql/sqlite-port.js';
import { SqlStore } from './sql-store.js';
import { InThreadUploads, WorkerUploads } from './sqlite/uploads.js';

/** Embedded SQLite through node:sqlite: no server, no native build. */
export class SqliteStore extends SqlStore {
  readonly kind = 'sqlite';
  readonly #db: DatabaseSync;

  constructor(file: string) {
    if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
    const db = new DatabaseSync(file);
    // WAL lets readers go on during a batch; FULL sync because an `accepted` answer makes the
    // kiosk delete its copy, so the batch must survive a power cut.
    db.exec('PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 5000;');
    // Uploads' writes: batches arriving together share one transaction and one disk sync, on a
    // thread of their own so that sync does not hold up the requests behind it.
    const uploads = file === ':memory:' ? new InThreadUploads(db) : new WorkerUploads(file);
    super(new SqlitePort(db, file === ':memory:' ? undefined : turnsOf(resolve(file))), uploads, {
      list: SQLITE_MIGRATIONS,
      timeType: 'TEXT',
    });
    this.#db = db;
  }

  async close(): Promise<void> {
    await this.uploads.close();
    if (this.#db.isOpen) this.#db.close();
  }

  connections(): { open: number; idle: number; waiting: number } {
    // One connection; statements run one at a time on the event loop, so none ever waits.
    return { open: this.#db.isOpen ? 1 : 0, idle: 0, waiting: 0 };
  }
}
