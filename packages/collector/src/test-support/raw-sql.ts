import type { Sql } from '../store/sql/port.js';
import type { Store } from '../store/store.js';

/**
 * The store's own connection, for tests that change rows behind the API's back (tampering with the
 * audit trail as someone with database access could).
 */
export const rawSql = (store: Store): Sql => (store as unknown as { sql: Sql }).sql;
