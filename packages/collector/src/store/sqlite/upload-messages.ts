import type { HeartbeatSummary } from '../device-store.js';
import type { InsertOutcome } from '../store.js';
import type { RecordBatch } from './record-inserts.js';

/** What the collector asks of its upload-writing thread. */
export type UploadRequest =
  | { op: 'insert-records'; id: number; batch: RecordBatch }
  | { op: 'note-device-contact'; id: number; deviceId: string; seenAt: string; heartbeat: HeartbeatSummary | undefined }
  | { op: 'close' };

/** Its answer to one request: the outcomes, or the database error (with SQLite's codes) that failed it. */
export interface UploadReply {
  id: number;
  result?: InsertOutcome[] | undefined;
  error?: { message: string; code?: string; errcode?: number; errstr?: string } | undefined;
}
