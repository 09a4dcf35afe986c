import type pg from 'pg';
import type { Exclusive, Params, Row, Sql } from './port.js';

/** SQLSTATE of a write that a foreign key refuses. */
const FOREIGN_KEY_VIOLATION = '23503';

/**
 * What `exclusive` takes: fixed advisory-lock numbers (any that fit; the same in every collector)
 * and, for regions, the table itself, so a loop check and its write are one step for all.
 */
const LOCKS: Record<Exclusive, string> = {
  migrations: 'SELECT pg_advisory_xact_lock(7261094)',
  'tracking-nodes': 'SELECT pg_advisory_xact_lock(7261095)',
  regions: 'LOCK TABLE regions IN SHARE ROW EXCLUSIVE MODE',
  // The audit chain's head: one append at a time, so no two entries follow the same one.
  audit: 'SELECT pg_advisory_xact_lock(7261096)',
};

/** The port on a pg pool, or (inside a transaction) on the one client holding it. */
export class PostgresPort implements Sql {
  readonly engine = 'postgres';
  readonly forUpdate = ' FOR UPDATE';
  readonly #pool: pg.Pool;
  readonly #client: pg.PoolClient | undefined;

  constructor(pool: pg.Pool, client?: pg.PoolClient) {
    this.#pool = pool;
    this.#client = client;
  }

  /** An arrow function, so that `const p = sql.p` works. */
  readonly p = (n: number): string => `$${n}`;
  time(placeholder: string): string {
    return `${placeholder}::timestamptz`;
  }
  inList(column: string, placeholder: string): string {
    return `${column} = ANY(${placeholder}::text[])`;
  }
  asKey(expression: string): string {
    return `${expression}::text`;
  }
  bytewise(column: string): string {
    return `${column} COLLATE "C"`;
  }

  async all(sql: string, params: Params = []): Promise<Row[]> {
    return (await this.#db.query(sql, params as unknown[])).rows;
  }
  async get(sql: string, params: Params = []): Promise<Row | undefined> {
    return (await this.all(sql, params))[0];
  }
  async run(sql: string, params: Params = []): Promise<number> {
    return (await this.#db.query(sql, params as unknown[])).rowCount ?? 0;
  }
  async exec(sql: string): Promise<void> {
    await this.#db.query(sql);
  }

  async transaction<T>(work: (tx: Sql) => Promise<T>): Promise<T> {
    if (this.#client) return work(this);
    const client = await this.#pool.connect();
    try {
      await client.query('BEGIN');
      const result = await work(new PostgresPort(this.#pool, client));
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => {});
      throw error;
    } finally {
      client.release();
    }
  }

  async exclusive(what: Exclusive): Promise<void> {
    await this.run(LOCKS[what]);
  }

  isForeignKeyViolation(error: unknown): boolean {
    return (error as { code?: unknown } | null)?.code === FOREIGN_KEY_VIOLATION;
  }

  get #db(): pg.Pool | pg.PoolClient {
    return this.#client ?? this.#pool;
  }
}
