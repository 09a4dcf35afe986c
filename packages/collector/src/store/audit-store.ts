import { type AuditEntry, type AuditFacts, canonicalJson, entryHash, GENESIS_HASH } from './audit-chain.js';
import type { Row, Sql } from './sql/port.js';
import { iso } from './values.js';

export interface AuditFilter {
  stationId?: string;
  /** Only entries about one of these stations (a region's); an empty list matches nothing. */
  stationIds?: readonly string[];
  actor?: string;
  action?: string;
  /** Inclusive lower and exclusive upper bound on `at`, ISO UTC. */
  from?: string;
  to?: string;
  /** Only entries older than this sequence number (the previous page's last). */
  beforeSeq?: number;
  limit: number;
}

/** Where the kept chain starts: after the last pruned entry, or at the very beginning. */
export interface ChainStart {
  seq: number;
  hash: string;
}

const COLUMNS = 'seq, at, actor, role, action, target, station_id, address, request_id, outcome, before_json, after_json, prev_hash, hash';

const jsonOrNull = (text: unknown): unknown => (text === null || text === undefined ? null : JSON.parse(String(text)));

function entryFromRow(r: Row): AuditEntry {
  const text = (v: unknown) => (v === null || v === undefined ? null : String(v));
  return {
    seq: Number(r.seq),
    at: iso(r.at) ?? '',
    actor: String(r.actor),
    role: String(r.role),
    action: String(r.action),
    target: text(r.target),
    stationId: text(r.station_id),
    address: text(r.address),
    requestId: text(r.request_id),
    outcome: Number(r.outcome),
    before: jsonOrNull(r.before_json),
    after: jsonOrNull(r.after_json),
    prevHash: String(r.prev_hash),
    hash: String(r.hash),
  };
}

/**
 * The audit trail, append-only: nothing here updates an entry, and only pruning past the retention
 * period deletes, leaving the last pruned entry's hash as the anchor the kept chain starts from.
 * Appends take the chain's head in turn (SQLite's write lock, PostgreSQL's advisory lock), so
 * collectors sharing a database never fork it.
 */
export class AuditStore {
  readonly #sql: Sql;

  constructor(sql: Sql) {
    this.#sql = sql;
  }

  append(facts: Omit<AuditFacts, 'at'>): Promise<AuditEntry> {
    return this.#sql.transaction(async (tx) => {
      await tx.exclusive('audit');
      const head = (await tx.get('SELECT seq, hash FROM audit_entries ORDER BY seq DESC LIMIT 1')) ?? (await anchorRow(tx));
      // Timed inside the lock, so time follows the chain's order on one collector's clock.
      const unhashed = {
        ...facts,
        at: new Date().toISOString(),
        before: facts.before ?? null,
        after: facts.after ?? null,
        seq: head ? Number(head.seq) + 1 : 1,
        prevHash: head ? String(head.hash) : GENESIS_HASH,
      };
      const entry: AuditEntry = { ...unhashed, hash: entryHash(unhashed) };
      const p = tx.p;
      await tx.run(`INSERT INTO audit_entries (${COLUMNS}) VALUES (${[...Array(14).keys()].map((i) => p(i + 1)).join(', ')})`, [
        entry.seq,
        entry.at,
        entry.actor,
        entry.role,
        entry.action,
        entry.target,
        entry.stationId,
        entry.address,
        entry.requestId,
        entry.outcome,
        entry.before === null ? null : canonicalJson(entry.before),
        entry.after === null ? null : canonicalJson(entry.after),
        entry.prevHash,
        entry.hash,
      ]);
      return entry;
    });
  }

  /** Entries matching the filter, newest first. */
  async list(filter: AuditFilter): Promise<AuditEntry[]> {
    const { p } = this.#sql;
    const where: string[] = [];
    const params: unknown[] = [];
    const add = (clause: (placeholder: string) => string, value: unknown) => {
      if (value === undefined) return;
      params.push(value);
      where.push(clause(p(params.length)));
    };
    add((x) => `station_id = ${x}`, filter.stationId);
    if (filter.stationIds !== undefined) {
      const marks = filter.stationIds.map((id) => {
        params.push(id);
        return p(params.length);
      });
      where.push(marks.length > 0 ? `station_id IN (${marks.join(', ')})` : '1 = 0');
    }
    add((x) => `actor = ${x}`, filter.actor);
    add((x) => `action = ${x}`, filter.action);
    add((x) => `at >= ${this.#sql.time(x)}`, filter.from);
    add((x) => `at < ${this.#sql.time(x)}`, filter.to);
    add((x) => `seq < ${x}`, filter.beforeSeq);
    params.push(filter.limit);
    const rows = await this.#sql.all(
      `SELECT ${COLUMNS} FROM audit_entries ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''}
       ORDER BY seq DESC LIMIT ${p(params.length)}`,
      params,
    );
    return rows.map(entryFromRow);
  }

  /** Kept entries in chain order from just after `afterSeq`, a page at a time (for verifying). */
  async page(afterSeq: number, limit: number): Promise<AuditEntry[]> {
    const { p } = this.#sql;
    const rows = await this.#sql.all(`SELECT ${COLUMNS} FROM audit_entries WHERE seq > ${p(1)} ORDER BY seq LIMIT ${p(2)}`, [
      afterSeq,
      limit,
    ]);
    return rows.map(entryFromRow);
  }

  /** Where the kept chain starts: the anchor pruning left, or the beginning (seq 0, the genesis hash). */
  async start(): Promise<ChainStart> {
    const anchor = await anchorRow(this.#sql);
    return anchor ? { seq: Number(anchor.seq), hash: String(anchor.hash) } : { seq: 0, hash: GENESIS_HASH };
  }

  /**
   * Deletes the oldest entries, up to the first one made at or after `before`, and keeps the last
   * deleted one's number and hash as the anchor. Returns how many were deleted.
   */
  prune(before: string): Promise<number> {
    return this.#sql.transaction(async (tx) => {
      await tx.exclusive('audit');
      const p = tx.p;
      const kept = await tx.get(`SELECT MIN(seq) AS seq FROM audit_entries WHERE at >= ${tx.time(p(1))}`, [before]);
      const keptFrom = kept?.seq === null || kept?.seq === undefined ? undefined : Number(kept.seq);
      const last = await tx.get(
        `SELECT seq, hash FROM audit_entries WHERE at < ${tx.time(p(1))}${keptFrom === undefined ? '' : ` AND seq < ${p(2)}`}
         ORDER BY seq DESC LIMIT 1`,
        keptFrom === undefined ? [before] : [before, keptFrom],
      );
      if (!last) return 0;
      await tx.run(
        `INSERT INTO audit_anchor (id, seq, hash, pruned_at) VALUES (1, ${p(1)}, ${p(2)}, ${p(3)})
         ON CONFLICT (id) DO UPDATE SET seq = excluded.seq, hash = excluded.hash, pruned_at = excluded.pruned_at`,
        [Number(last.seq), String(last.hash), new Date().toISOString()],
      );
      return tx.run(`DELETE FROM audit_entries WHERE seq <= ${p(1)}`, [Number(last.seq)]);
    });
  }
}

function anchorRow(sql: Sql): Promise<Row | undefined> {
  return sql.get('SELECT seq, hash FROM audit_anchor WHERE id = 1');
}
