import type { Sql } from './sql/port.js';
import { iso } from './values.js';

/** What a single sign-on under way must find again when the browser returns. */
export interface OidcFlow {
  state: string;
  nonce: string;
  verifier: string;
  expiresAt: string;
}

/** Single sign-ons under way, by the hash of the browser's flow id; each is taken once. */
export class OidcFlowStore {
  readonly #sql: Sql;

  constructor(sql: Sql) {
    this.#sql = sql;
  }

  /** Keeps a new flow, dropping those past their time. */
  async put(flowHash: string, flow: OidcFlow, now = new Date().toISOString()): Promise<void> {
    const p = this.#sql.p;
    await this.#sql.run(`DELETE FROM oidc_flows WHERE expires_at <= ${p(1)}`, [now]);
    await this.#sql.run(
      `INSERT INTO oidc_flows (flow_hash, state, nonce, verifier, expires_at) VALUES (${p(1)}, ${p(2)}, ${p(3)}, ${p(4)}, ${p(5)})`,
      [flowHash, flow.state, flow.nonce, flow.verifier, flow.expiresAt],
    );
  }

  /** The flow, removed as it is read: a second return with the same id finds nothing. */
  async take(flowHash: string): Promise<OidcFlow | undefined> {
    const row = await this.#sql.get(
      `DELETE FROM oidc_flows WHERE flow_hash = ${this.#sql.p(1)} RETURNING state, nonce, verifier, expires_at`,
      [flowHash],
    );
    if (!row) return undefined;
    return { state: String(row.state), nonce: String(row.nonce), verifier: String(row.verifier), expiresAt: iso(row.expires_at) as string };
  }
}
