import type { DatabaseSync } from 'node:sqlite';
import { Worker } from 'node:worker_threads';
import type { HeartbeatSummary } from '../device-store.js';
import type { InsertOutcome, StoredRecord } from '../store.js';
import type { UploadWrites } from '../upload-writes.js';
import { noteDeviceContact } from './device-contacts.js';
import { GroupCommit } from './group-commit.js';
import { insertRecordRows, recordBatch } from './record-inserts.js';
import type { UploadReply, UploadRequest } from './upload-messages.js';

/** On the collector's own connection: for an in-memory database, which no other thread can open. */
export class InThreadUploads implements UploadWrites {
  readonly #db: DatabaseSync;
  readonly #group: GroupCommit;

  constructor(db: DatabaseSync) {
    this.#db = db;
    this.#group = new GroupCommit(db);
  }

  insertRecords(rows: readonly StoredRecord[]): Promise<InsertOutcome[]> {
    const batch = recordBatch(rows);
    return this.#group.write(() => insertRecordRows(this.#db, batch));
  }

  noteDeviceContact(deviceId: string, seenAt: string, heartbeat?: HeartbeatSummary): Promise<void> {
    return this.#group.write(() => noteDeviceContact(this.#db, deviceId, seenAt, heartbeat));
  }

  async close(): Promise<void> {
    if (this.#db.isOpen) this.#group.flush();
  }
}

type Pending = { resolve(value: unknown): void; reject(error: Error): void };

/**
 * On a worker thread with its own connection to the file (upload-worker.ts). Started at the first
 * write and not holding the process open while nothing is pending.
 */
export class WorkerUploads implements UploadWrites {
  readonly #file: string;
  #worker: Worker | undefined;
  #nextId = 0;
  readonly #pending = new Map<number, Pending>();
  #idle: (() => void) | undefined;

  constructor(file: string) {
    this.#file = file;
  }

  insertRecords(rows: readonly StoredRecord[]): Promise<InsertOutcome[]> {
    return this.#ask({ op: 'insert-records', id: ++this.#nextId, batch: recordBatch(rows) }) as Promise<InsertOutcome[]>;
  }

  async noteDeviceContact(deviceId: string, seenAt: string, heartbeat?: HeartbeatSummary): Promise<void> {
    await this.#ask({ op: 'note-device-contact', id: ++this.#nextId, deviceId, seenAt, heartbeat });
  }

  async close(): Promise<void> {
    const worker = this.#worker;
    if (!worker) return;
    if (this.#pending.size > 0) await new Promise<void>((resolve) => (this.#idle = resolve));
    const exited = new Promise((resolve) => worker.once('exit', resolve));
    worker.ref(); // held open until the thread has closed its connection
    worker.postMessage({ op: 'close' } satisfies UploadRequest);
    await exited;
  }

  #ask(request: Exclude<UploadRequest, { op: 'close' }>): Promise<unknown> {
    const worker = this.#thread();
    worker.ref();
    return new Promise((resolve, reject) => {
      this.#pending.set(request.id, { resolve, reject });
      worker.postMessage(request);
    });
  }

  #thread(): Worker {
    if (this.#worker) return this.#worker;
    const worker = new Worker(new URL('./upload-worker.js', import.meta.url), { workerData: { file: this.#file } });
    worker.on('message', (reply: UploadReply) => {
      const pending = this.#pending.get(reply.id);
      this.#pending.delete(reply.id);
      if (reply.error) pending?.reject(Object.assign(new Error(reply.error.message), reply.error));
      else pending?.resolve(reply.result);
      this.#settled();
    });
    worker.on('error', (error) => this.#stopped(worker, error));
    worker.on('exit', (code) => this.#stopped(worker, new Error(`the thread writing uploads to SQLite stopped (exit code ${code})`)));
    this.#worker = worker;
    return worker;
  }

  /** A thread that died fails what it held (the kiosk retries those); the next write starts a new one. */
  #stopped(worker: Worker, error: Error): void {
    if (this.#worker !== worker) return;
    this.#worker = undefined;
    for (const pending of this.#pending.values()) pending.reject(error);
    this.#pending.clear();
    this.#settled();
  }

  #settled(): void {
    if (this.#pending.size > 0) return;
    this.#worker?.unref();
    this.#idle?.();
    this.#idle = undefined;
  }
}
