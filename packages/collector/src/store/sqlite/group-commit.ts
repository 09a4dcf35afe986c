import type { DatabaseSync } from 'node:sqlite';

interface Waiting {
  work: () => unknown;
  resolve(value: unknown): void;
  reject(error: unknown): void;
}

/**
 * Group commit for the writes of uploads. Each COMMIT waits for the disk (synchronous = FULL: an
 * `accepted` answer makes the kiosk delete its copy), so writes that arrive while one is being
 * handled share one transaction and one sync. Each write runs in its own savepoint: it is still
 * stored whole or not at all, and one that fails fails alone. No write is reported done before
 * the COMMIT that holds it.
 */
export class GroupCommit {
  readonly #db: DatabaseSync;
  #waiting: Waiting[] = [];
  #scheduled = false;

  constructor(db: DatabaseSync) {
    this.#db = db;
  }

  /** Runs `work` (synchronous statements only) in the next group transaction; resolves after its COMMIT. */
  write<T>(work: () => T): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.#waiting.push({ work, resolve: resolve as (value: unknown) => void, reject });
      if (this.#scheduled) return;
      this.#scheduled = true;
      // After this turn's I/O callbacks, so writes of requests that arrived alongside join in.
      setImmediate(() => this.flush());
    });
  }

  /** Commits every waiting write now (also on close, so none is left behind). */
  flush(): void {
    this.#scheduled = false;
    const group = this.#waiting;
    this.#waiting = [];
    if (group.length === 0) return;
    const settle: (() => void)[] = [];
    try {
      this.#db.exec('BEGIN IMMEDIATE');
      for (const write of group) {
        this.#db.exec('SAVEPOINT write');
        try {
          const result = write.work();
          this.#db.exec('RELEASE write');
          settle.push(() => write.resolve(result));
        } catch (error) {
          this.#db.exec('ROLLBACK TO write');
          this.#db.exec('RELEASE write');
          settle.push(() => write.reject(error));
        }
      }
      this.#db.exec('COMMIT');
    } catch (error) {
      if (this.#db.isTransaction) this.#db.exec('ROLLBACK');
      for (const write of group) write.reject(error);
      return;
    }
    for (const done of settle) done();
  }
}
