import type { DatabaseSync, SQLInputValue } from 'node:sqlite';
import type { Params, Row, Sql } from './port.js';

/** SQLite keeps booleans as 0/1; a list goes in as JSON text, read back by json_each. */
const bind = (params: Params): SQLInputValue[] =>
  params.map((v) => (typeof v === 'boolean' ? Number(v) : Array.isArray(v) ? JSON.stringify(v) : (v as SQLInputValue)));

/** SQLITE_CONSTRAINT_FOREIGNKEY */
const FOREIGN_KEY = 787;

/** One transaction at a time on a database: what statements from outside it wait for. */
export interface Turns {
  open: Promise<void> | undefined;
}

const turnsByFile = new Map<string, Turns>();

/**
 * The turns of every connection this thread opens on one file: a connection beginning a write
 * while another of the same thread holds one would wait for a lock that cannot be let go of.
 */
export function turnsOf(file: string): Turns {
  const turns = turnsByFile.get(file) ?? { open: undefined };
  turnsByFile.set(file, turns);
  return turns;
}

/**
 * The port on a node:sqlite connection. Statements run synchronously; a transaction's work is
 * async only in form (it awaits statements that have already run), and while it is open every
 * statement from outside it waits its turn, so none lands inside another's transaction.
 */
export class SqlitePort implements Sql {
  readonly engine = 'sqlite';
  readonly forUpdate = ''; // BEGIN IMMEDIATE already holds the database's only write lock
  readonly #db: DatabaseSync;
  readonly #turns: Turns;
  /** True on the view a transaction hands its work. */
  readonly #inside: boolean;

  constructor(db: DatabaseSync, turns: Turns = { open: undefined }, inside = false) {
    this.#db = db;
    this.#turns = turns;
    this.#inside = inside;
  }

  /** An arrow function, so that `const p = sql.p` works. */
  readonly p = (n: number): string => `?${n}`;
  time(placeholder: string): string {
    return placeholder;
  }
  inList(column: string, placeholder: string): string {
    return `${column} IN (SELECT value FROM json_each(${placeholder}))`;
  }
  asKey(expression: string): string {
    return expression;
  }
  bytewise(column: string): string {
    return column;
  }

  all(sql: string, params: Params = []): Promise<Row[]> {
    return this.#now(() => this.#db.prepare(sql).all(...bind(params)) as Row[]);
  }
  get(sql: string, params: Params = []): Promise<Row | undefined> {
    return this.#now(() => this.#db.prepare(sql).get(...bind(params)) as Row | undefined);
  }
  run(sql: string, params: Params = []): Promise<number> {
    return this.#now(() => Number(this.#db.prepare(sql).run(...bind(params)).changes));
  }
  exec(sql: string): Promise<void> {
    return this.#now(() => this.#db.exec(sql));
  }

  async transaction<T>(work: (tx: Sql) => Promise<T>): Promise<T> {
    if (this.#inside) return work(this);
    while (this.#turns.open) await this.#turns.open;
    let ended = () => {};
    this.#turns.open = new Promise((resolve) => (ended = resolve));
    try {
      this.#db.exec('BEGIN IMMEDIATE');
      try {
        const result = await work(new SqlitePort(this.#db, this.#turns, true));
        this.#db.exec('COMMIT');
        return result;
      } catch (error) {
        if (this.#db.isTransaction) this.#db.exec('ROLLBACK');
        throw error;
      }
    } finally {
      this.#turns.open = undefined;
      ended();
    }
  }

  async exclusive(): Promise<void> {}

  isForeignKeyViolation(error: unknown): boolean {
    return (error as { errcode?: unknown } | null)?.errcode === FOREIGN_KEY;
  }

  /** Runs a statement now, or, from outside an open transaction, once it has ended. */
  #now<T>(statement: () => T): Promise<T> {
    const open = this.#inside ? undefined : this.#turns.open;
    if (open) return open.then(() => this.#now(statement));
    try {
      return Promise.resolve(statement());
    } catch (error) {
      return Promise.reject(error);
    }
  }
}
