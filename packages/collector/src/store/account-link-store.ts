import type { Sql } from './sql/port.js';

/** Which account a single sign-on identity (issuer and subject) signs in as. */
export class AccountLinkStore {
  readonly #sql: Sql;

  constructor(sql: Sql) {
    this.#sql = sql;
  }

  async username(issuer: string, subject: string): Promise<string | undefined> {
    const p = this.#sql.p;
    const row = await this.#sql.get(`SELECT username FROM account_links WHERE issuer = ${p(1)} AND subject = ${p(2)}`, [issuer, subject]);
    return row ? String(row.username) : undefined;
  }

  async link(issuer: string, subject: string, username: string, now = new Date().toISOString()): Promise<void> {
    const p = this.#sql.p;
    await this.#sql.run(
      `INSERT INTO account_links (issuer, subject, username, linked_at) VALUES (${p(1)}, ${p(2)}, ${p(3)}, ${p(4)}) ON CONFLICT DO NOTHING`,
      [issuer, subject, username, now],
    );
  }
}
