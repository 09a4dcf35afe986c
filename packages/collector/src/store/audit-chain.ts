import { createHash } from 'node:crypto';

/**
 * The audit trail's chain: each entry's hash is SHA-256 over the previous entry's hash and the
 * entry's canonical JSON, so changing, inserting or removing an entry breaks every hash after it.
 */

/** What one call leaves in the audit trail, before it is numbered and chained. */
export interface AuditFacts {
  at: string;
  /** `admin-token`, `device:<id>`, an account's username, or `public` for the unauthenticated. */
  actor: string;
  role: string;
  /** The route's operation id, e.g. `updateStation`. */
  action: string;
  /** What was acted on: a station id, case id, tracking number, device id… */
  target: string | null;
  stationId: string | null;
  /** The client's address as the rate limiter tells clients apart. */
  address: string | null;
  requestId: string | null;
  /** The HTTP status the call was answered with. */
  outcome: number;
  /** Settings as they were and as they became (never a secret: a PIN shows only that it changed). */
  before: unknown;
  after: unknown;
}

export interface AuditEntry extends AuditFacts {
  seq: number;
  prevHash: string;
  hash: string;
}

/** The previous hash of the first entry ever written. */
export const GENESIS_HASH = '0'.repeat(64);

/** JSON with object keys sorted at every depth: the same value always gives the same text. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map((v) => canonicalJson(v ?? null)).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const fields = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`);
    return `{${fields.join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

/** The hash an entry must carry, from everything in it but the hash itself. */
export function entryHash(entry: Omit<AuditEntry, 'hash'>): string {
  const { seq, at, actor, role, action, target, stationId, address, requestId, outcome, before, after, prevHash } = entry;
  const body = canonicalJson({ seq, at, actor, role, action, target, stationId, address, requestId, outcome, before, after });
  return createHash('sha256').update(prevHash).update(body).digest('hex');
}
