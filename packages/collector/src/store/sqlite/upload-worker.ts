/**
 * The thread that writes uploads to an SQLite file through its own connection, so the disk sync
 * of each COMMIT and the inserts themselves run beside the HTTP parsing and validation of the
 * next batches instead of blocking them. Writes arriving together still share one transaction.
 */
import { DatabaseSync } from 'node:sqlite';
import { parentPort, workerData } from 'node:worker_threads';
import { noteDeviceContact } from './device-contacts.js';
import { GroupCommit } from './group-commit.js';
import { insertRecordRows } from './record-inserts.js';
import type { UploadReply, UploadRequest } from './upload-messages.js';

const port = parentPort;
if (!port) throw new Error('upload-worker.js runs as a worker thread of the collector, not on its own');

const db = new DatabaseSync((workerData as { file: string }).file);
// The same settings as the collector's own connection: WAL, and FULL sync because an `accepted`
// answer makes the kiosk delete its copy.
db.exec('PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 5000;');
const group = new GroupCommit(db);

function failure(error: unknown): UploadReply['error'] {
  const e = error as { message?: unknown; code?: unknown; errcode?: unknown; errstr?: unknown };
  return {
    message: typeof e?.message === 'string' ? e.message : String(error),
    ...(typeof e?.code === 'string' ? { code: e.code } : {}),
    ...(typeof e?.errcode === 'number' ? { errcode: e.errcode } : {}),
    ...(typeof e?.errstr === 'string' ? { errstr: e.errstr } : {}),
  };
}

port.on('message', (request: UploadRequest) => {
  if (request.op === 'close') {
    group.flush();
    db.close();
    port.close();
    return;
  }
  const work =
    request.op === 'insert-records'
      ? () => insertRecordRows(db, request.batch)
      : () => noteDeviceContact(db, request.deviceId, request.seenAt, request.heartbeat);
  group.write(work).then(
    (result) => port.postMessage({ id: request.id, result: result ?? undefined } satisfies UploadReply),
    (error: unknown) => port.postMessage({ id: request.id, error: failure(error) } satisfies UploadReply),
  );
});
