// The worker thread of the SQLite bare-insert baseline, arranged as the collector's upload writer
// is: its own connection with the same settings, and group commit the same way (writes that arrive
// while one group is handled share its transaction and its disk sync, each in its own savepoint,
// answered only after the COMMIT). Its own SQL: no validation, no HTTP, nothing else.
import { DatabaseSync, type SQLInputValue } from 'node:sqlite';
import { parentPort, workerData } from 'node:worker_threads';
import { RECORD_COLUMNS } from './bare-rows.ts';

export type WriterRequest =
  | { op: 'insert'; id: number; rows: SQLInputValue[][] }
  | { op: 'contact'; id: number; deviceId: string; seenAt: string }
  | { op: 'close' };

const port = parentPort;
if (!port) throw new Error('bare-sqlite-writer.ts runs as a worker thread');

const db = new DatabaseSync((workerData as { file: string }).file);
db.exec('PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 5000;');
const insert = db.prepare(
  `INSERT INTO records (${RECORD_COLUMNS.join(', ')}) VALUES (${RECORD_COLUMNS.map(() => '?').join(', ')}) ON CONFLICT (id) DO NOTHING`,
);
const contact = db.prepare('UPDATE devices SET last_seen_at = ? WHERE id = ?');

let waiting: Exclude<WriterRequest, { op: 'close' }>[] = [];
let scheduled = false;

function flush(): void {
  scheduled = false;
  const group = waiting;
  waiting = [];
  if (group.length === 0) return;
  const stored: number[] = [];
  db.exec('BEGIN IMMEDIATE');
  for (const write of group) {
    db.exec('SAVEPOINT write');
    let inserted = 0;
    if (write.op === 'insert') for (const values of write.rows) inserted += Number(insert.run(...values).changes);
    else contact.run(write.seenAt, write.deviceId);
    db.exec('RELEASE write');
    stored.push(inserted);
  }
  db.exec('COMMIT');
  for (const [i, write] of group.entries()) port?.postMessage({ id: write.id, inserted: stored[i] });
}

port.on('message', (request: WriterRequest) => {
  if (request.op === 'close') {
    flush();
    db.close();
    port.close();
    return;
  }
  waiting.push(request);
  if (scheduled) return;
  scheduled = true;
  setImmediate(flush);
});
