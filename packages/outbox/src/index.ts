export { backoffDelay } from './backoff.js';
export type { DeviceCredentials, QuarantinedRecord, QueuedRecord } from './db.js';
export { OutboxWriteError } from './errors.js';
export { type FlushOutcome, Outbox, type OutboxOptions, type OutboxStatus, type SyncState } from './outbox.js';
export { DEFAULT_QUARANTINE_RETENTION_DAYS } from './retention.js';
