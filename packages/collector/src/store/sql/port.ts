/**
 * The small port every storage topic is written against, once for both databases. An adapter
 * (sqlite-port.ts, postgres-port.ts) runs the statements and supplies the few spellings in which
 * the two dialects differ; everything else is plain SQL both understand.
 */

/**
 * Bound values are strings, numbers, booleans (bound as the engine keeps them), null, or a string
 * array (for `inList`). JSON goes in as its text and comes back through `parsedJson` (values.ts).
 */
export type Params = readonly unknown[];
export type Row = Record<string, unknown>;

/** What a transaction can make one step for every collector on the database (see `exclusive`). */
export type Exclusive = 'migrations' | 'tracking-nodes' | 'regions' | 'audit';

export interface Sql {
  readonly engine: 'sqlite' | 'postgres';
  /** The placeholder of the nth parameter (from 1); it may appear more than once in a statement. */
  readonly p: (n: number) => string;
  /** A placeholder read as a time: PostgreSQL types a bare parameter in a SELECT list as text. */
  time(placeholder: string): string;
  /** `column` is one of the string-array parameter at `placeholder`. */
  inList(column: string, placeholder: string): string;
  /** A grouping key as the engine returns it (PostgreSQL as text). */
  asKey(expression: string): string;
  /** An ORDER BY term that sorts text bytewise, as SQLite does, whatever PostgreSQL's locale. */
  bytewise(column: string): string;
  /** Appended to a SELECT inside a transaction to hold its rows until COMMIT, where the engine needs it. */
  readonly forUpdate: string;

  all(sql: string, params?: Params): Promise<Row[]>;
  get(sql: string, params?: Params): Promise<Row | undefined>;
  /** How many rows the statement changed. */
  run(sql: string, params?: Params): Promise<number>;
  /** Several statements without parameters (migrations). */
  exec(sql: string): Promise<void>;
  /**
   * Runs `work` in one write transaction, on `tx`; inside one, runs it in the same transaction.
   * `work` must await only `tx`: SQLite's transaction holds the connection until it ends.
   */
  transaction<T>(work: (tx: Sql) => Promise<T>): Promise<T>;
  /** Inside a transaction: waits until no other collector holds `what`, and holds it until COMMIT. */
  exclusive(what: Exclusive): Promise<void>;
  /** Whether the error is a write a foreign key refused. */
  isForeignKeyViolation(error: unknown): boolean;
}
