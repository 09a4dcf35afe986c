import type { DatabaseSync, SQLInputValue, StatementSync } from 'node:sqlite';
import { isComplaintRow } from '../complaint-rows.js';
import { RECORD_COLUMNS, recordValues } from '../rows.js';
import type { InsertOutcome, StoredRecord } from '../store.js';
import { insertComplaint } from './complaints.js';

interface RecordStatements {
  insert: StatementSync;
  storedHash: StatementSync;
  unlog: StatementSync;
}

const MISUSE = RECORD_COLUMNS.indexOf('misuse');

// Prepared once per connection: a batch of 500 then costs 500 executions and no compiling.
const prepared = new WeakMap<DatabaseSync, RecordStatements>();

function statementsOf(db: DatabaseSync): RecordStatements {
  let statements = prepared.get(db);
  if (!statements) {
    statements = {
      insert: db.prepare(
        `INSERT INTO records (${RECORD_COLUMNS.join(', ')}) VALUES (${RECORD_COLUMNS.map(() => '?').join(', ')}) ON CONFLICT (id) DO NOTHING`,
      ),
      storedHash: db.prepare('SELECT content_hash FROM records WHERE id = ?'),
      unlog: db.prepare('DELETE FROM records WHERE id = ?'),
    };
    prepared.set(db, statements);
  }
  return statements;
}

/**
 * Stores records one by one inside the caller's transaction: `accepted` when new, `duplicate` when
 * the same content is already stored under its id, `conflict` when different content is (the
 * stored record is kept), `tracking-number-taken` when a new complaint's number is another's.
 */
export function insertRecordRows(db: DatabaseSync, rows: readonly StoredRecord[]): InsertOutcome[] {
  const { insert, storedHash, unlog } = statementsOf(db);
  return rows.map((row): InsertOutcome => {
    const values = recordValues(row) as SQLInputValue[];
    values[MISUSE] = values[MISUSE] ? 1 : 0; // SQLite has no boolean type
    if (insert.run(...values).changes === 1) {
      if (isComplaintRow(row) && !insertComplaint(db, row)) {
        unlog.run(row.record.id);
        return 'tracking-number-taken';
      }
      return 'accepted';
    }
    return storedHash.get(row.record.id)?.content_hash === row.contentHash ? 'duplicate' : 'conflict';
  });
}
