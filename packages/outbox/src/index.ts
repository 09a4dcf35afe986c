export { Outbox, type OutboxOptions, type OutboxStatus, type SyncState, type FlushOutcome } from './outbox.js';
export { OutboxWriteError } from './errors.js';
export type { DeviceCredentials, QuarantinedRecord, QueuedRecord } from './db.js';
export { backoffDelay } from './backoff.js';
