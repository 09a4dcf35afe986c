import type { DatabaseSync, SQLInputValue, StatementSync } from 'node:sqlite';
import { COMPLAINT_COLUMNS, complaintValues, isComplaintRow } from '../complaint-rows.js';
import { BIND_EVENT_SQL, bindParams, type EventBinding, eventBindingOf, RATED_EVENT_SQL, unboundOutcome } from '../event-bindings.js';
import { RECORD_COLUMNS, recordValues } from '../rows.js';
import type { InsertOutcome, StoredRecord } from '../store.js';

/**
 * Records ready for SQLite: each one's column values (plain arrays, cheap to hand to the writing
 * thread), and the whole stored row of each complaint, by position, for the complaints table.
 */
export interface RecordBatch {
  values: SQLInputValue[][];
  complaints: [position: number, row: StoredRecord][];
  /** Ratings of a service event, by position. */
  events: [position: number, binding: EventBinding][];
}

const bind = (values: readonly unknown[]): SQLInputValue[] =>
  values.map((v) => (typeof v === 'boolean' ? Number(v) : (v as SQLInputValue)));

const ID = RECORD_COLUMNS.indexOf('id');
const MISUSE = RECORD_COLUMNS.indexOf('misuse');
const LATE = RECORD_COLUMNS.indexOf('late');
const CONTENT_HASH = RECORD_COLUMNS.indexOf('content_hash');

export function recordBatch(rows: readonly StoredRecord[]): RecordBatch {
  const complaints: RecordBatch['complaints'] = [];
  const events: RecordBatch['events'] = [];
  const values = rows.map((row, position) => {
    if (isComplaintRow(row)) complaints.push([position, row]);
    const binding = eventBindingOf(row);
    if (binding) events.push([position, binding]);
    const v = recordValues(row) as SQLInputValue[];
    v[MISUSE] = v[MISUSE] ? 1 : 0; // SQLite has no boolean type
    v[LATE] = v[LATE] ? 1 : 0;
    return v;
  });
  return { values, complaints, events };
}

interface RecordStatements {
  insert: StatementSync;
  storedHash: StatementSync;
  unlog: StatementSync;
  bindEvent: StatementSync;
  ratedEvent: StatementSync;
}

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
      bindEvent: db.prepare(BIND_EVENT_SQL(() => '?')),
      ratedEvent: db.prepare(RATED_EVENT_SQL(() => '?')),
    };
    prepared.set(db, statements);
  }
  return statements;
}

/**
 * Stores records one by one inside the caller's transaction: `accepted` when new, `duplicate` when
 * the same content is already stored under its id, `conflict` when different content is (the
 * stored record is kept), `tracking-number-taken` when a new complaint's number is another's,
 * `event-rated` / `event-unknown` when a rating cannot be bound to its service event (event-bindings.ts).
 */
export function insertRecordRows(db: DatabaseSync, batch: RecordBatch): InsertOutcome[] {
  const { insert, storedHash, unlog, bindEvent, ratedEvent } = statementsOf(db);
  const complaints = new Map(batch.complaints);
  const events = new Map(batch.events);
  return batch.values.map((values, position): InsertOutcome => {
    const id = values[ID] as string;
    if (insert.run(...values).changes === 1) {
      const complaint = complaints.get(position);
      if (complaint && isComplaintRow(complaint) && !insertComplaint(db, complaint)) {
        unlog.run(id);
        return 'tracking-number-taken';
      }
      const binding = events.get(position);
      if (binding && bindEvent.run(...bindParams(binding)).changes !== 1) {
        unlog.run(id);
        return unboundOutcome(ratedEvent.get(binding.eventId) !== undefined);
      }
      return 'accepted';
    }
    return storedHash.get(id)?.content_hash === values[CONTENT_HASH] ? 'duplicate' : 'conflict';
  });
}

/** False when another complaint already holds the tracking number. */
export function insertComplaint(db: DatabaseSync, row: Parameters<typeof complaintValues>[0]): boolean {
  const sql = `INSERT INTO complaints (${COMPLAINT_COLUMNS.join(', ')}) VALUES (${COMPLAINT_COLUMNS.map(() => '?').join(', ')})
    ON CONFLICT DO NOTHING`;
  return db.prepare(sql).run(...bind(complaintValues(row))).changes === 1;
}
