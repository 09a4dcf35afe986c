import type { Actor } from './http/actor.js';
import type { AuditNote } from './http/audit-trail.js';
import type { Device } from './store/store.js';

/**
 * What a request carries through the middleware chain: the tablet (device routes), who acts, and
 * the SHA-256 of a person's session token (set only when they signed in with one), and what a
 * handler adds to the call's audit entry.
 */
export type AppEnv = { Variables: { device: Device; actor: Actor; session: string; auditNote: AuditNote } };
