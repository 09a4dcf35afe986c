import type { ComplaintRecord } from '@manyi/core';
import { COMPLAINT_COLUMNS, complaintValues, isComplaintRow } from '../complaint-rows.js';
import { BIND_EVENT_SQL, bindParams, type EventBinding, eventBindingOf, RATED_EVENT_SQL, unboundOutcome } from '../event-bindings.js';
import { RECORD_COLUMNS, recordValues } from '../rows.js';
import type { Sql } from '../sql/port.js';
import type { InsertOutcome, StoredRecord } from '../store.js';

/**
 * PostgreSQL's bulk insert of a batch: one `INSERT … SELECT FROM jsonb_array_elements(…)` for the
 * records and one `unnest` for their complaints, so 500 records cost one round trip.
 */

const RECORD_TYPES: Record<(typeof RECORD_COLUMNS)[number], string> = {
  id: 'text',
  kind: 'text',
  station_id: 'text',
  window_id: 'text',
  staff_id: 'text',
  service_item_id: 'text',
  channel: 'text',
  provenance: 'text',
  device_id: 'text',
  level: 'int',
  misuse: 'bool',
  late: 'bool',
  client_created_at: 'timestamptz',
  created_at: 'timestamptz',
  received_at: 'timestamptz',
  local_day: 'text',
  local_hour: 'int',
  local_weekday: 'int',
  content_hash: 'text',
  body: 'jsonb',
};

/**
 * A batch as one JSONB parameter, a JSON array per record in column order: PostgreSQL parses it
 * once, and each record's body goes in as the JSON it already is, not as an escaped string.
 */
const INSERT_BATCH = `INSERT INTO records (${RECORD_COLUMNS.join(', ')})
  SELECT ${RECORD_COLUMNS.map((c, i) => (c === 'body' ? `r -> ${i}` : `(r ->> ${i})::${RECORD_TYPES[c]}`)).join(', ')}
  FROM jsonb_array_elements($1::jsonb) AS r
  ON CONFLICT (id) DO NOTHING RETURNING id`;

// The body is the last column, so a record's array is its other values followed by its JSON text.
if (RECORD_COLUMNS.indexOf('body') !== RECORD_COLUMNS.length - 1) throw new Error('records.body must be the last of RECORD_COLUMNS');

function recordArrayJson(row: StoredRecord): string {
  const values = recordValues(row);
  const body = values.pop() as string; // JSON text of the record (made by JSON.stringify)
  return `${JSON.stringify(values).slice(0, -1)},${body}]`;
}

/** A batch of records ready for PostgreSQL: the INSERT's parameter and what the answer needs. */
export interface PreparedBatch {
  json: string;
  ids: string[];
  hashes: string[];
  complaints: (StoredRecord & { record: ComplaintRecord })[];
  /** Ratings of a service event: bound to it in the same transaction (event-bindings.ts). */
  events: EventBinding[];
}

/**
 * The batch made into the INSERT's parameter at once, so the rows (every record of the batch) are
 * not held while it waits for PostgreSQL; only ids, content hashes and any complaints are kept.
 */
export function prepareBatch(rows: readonly StoredRecord[]): PreparedBatch {
  // Rows in id order: collectors inserting overlapping batches at once then take the row locks in
  // the same order, so one waits for the other instead of deadlocking.
  const ordered = [...rows].sort((a, b) => (a.record.id < b.record.id ? -1 : a.record.id > b.record.id ? 1 : 0));
  return {
    json: `[${ordered.map(recordArrayJson).join(',')}]`,
    ids: rows.map((r) => r.record.id),
    hashes: rows.map((r) => r.contentHash),
    complaints: rows.filter(isComplaintRow),
    events: rows.map(eventBindingOf).filter((b) => b !== undefined),
  };
}

export async function storeBatch(c: Sql, batch: PreparedBatch): Promise<InsertOutcome[]> {
  const { ids, hashes } = batch;
  // Concurrent collectors inserting the same id wait on each other here; the loser sees a conflict-free no-op.
  const inserted = await c.all(INSERT_BATCH, [batch.json]);
  const accepted = new Set(inserted.map((r) => String(r.id)));
  const others = ids.filter((id) => !accepted.has(id));
  const stored = new Map<string, string>();
  if (others.length > 0) {
    const found = await c.all('SELECT id, content_hash FROM records WHERE id = ANY($1::text[])', [others]);
    for (const h of found) stored.set(String(h.id), String(h.content_hash));
  }
  // A new complaint whose tracking number another complaint holds is taken back out of the log.
  const newComplaints = batch.complaints.filter((r) => accepted.has(r.record.id));
  const filed = await insertComplaints(c, newComplaints);
  const taken = newComplaints.filter((r) => !filed.has(r.record.id)).map((r) => r.record.id);
  if (taken.length > 0) await c.run('DELETE FROM records WHERE id = ANY($1::text[])', [taken]);
  const unbound = await bindEvents(c, batch.events, accepted);
  return ids.map((id, i): InsertOutcome => {
    if (taken.includes(id)) return 'tracking-number-taken';
    const refused = unbound.get(id);
    if (refused) return refused;
    if (accepted.has(id)) return 'accepted';
    return stored.get(id) === hashes[i] ? 'duplicate' : 'conflict';
  });
}

/** Binds each new rating to its service event; the ones that cannot be are taken back out, with why. */
async function bindEvents(c: Sql, events: readonly EventBinding[], accepted: ReadonlySet<string>): Promise<Map<string, InsertOutcome>> {
  const unbound = new Map<string, InsertOutcome>();
  for (const binding of events) {
    if (!accepted.has(binding.recordId)) continue;
    if ((await c.run(BIND_EVENT_SQL(c.p), bindParams(binding))) === 1) continue;
    await c.run('DELETE FROM records WHERE id = $1', [binding.recordId]);
    unbound.set(binding.recordId, unboundOutcome((await c.get(RATED_EVENT_SQL(c.p), [binding.eventId])) !== undefined));
  }
  return unbound;
}

const COMPLAINT_TYPES: Record<(typeof COMPLAINT_COLUMNS)[number], string> = {
  record_id: 'text',
  tracking_no: 'text',
  station_id: 'text',
  category: 'text',
  window_id: 'text',
  staff_id: 'text',
  service_item_id: 'text',
  description: 'text',
  wants_reply: 'bool',
  contact_name: 'text',
  contact_phone: 'text',
  status: 'text',
  received_at: 'timestamptz',
  intake_channel: 'text',
  keyed_by: 'text',
};

/** Inserts the complaints of a batch in one statement; returns the record ids whose complaint was stored. */
async function insertComplaints(db: Sql, rows: readonly Parameters<typeof complaintValues>[0][]): Promise<Set<string>> {
  if (rows.length === 0) return new Set();
  const values = rows.map(complaintValues);
  const unnest = COMPLAINT_COLUMNS.map((c, i) => `$${i + 1}::${COMPLAINT_TYPES[c]}[]`).join(', ');
  const stored = await db.all(
    `INSERT INTO complaints (${COMPLAINT_COLUMNS.join(', ')}) SELECT * FROM unnest(${unnest}) ON CONFLICT DO NOTHING RETURNING record_id`,
    COMPLAINT_COLUMNS.map((_, i) => values.map((v) => v[i])),
  );
  return new Set(stored.map((r) => String(r.record_id)));
}
