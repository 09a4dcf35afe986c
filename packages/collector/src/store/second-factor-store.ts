import type { Sql } from './sql/port.js';
import { isTrue } from './values.js';

/** An account's TOTP: pending until a first code confirms it. */
export interface TotpState {
  secret: string;
  confirmed: boolean;
  lastStep: number;
}

/** TOTP secrets per account, and the last step used, so each code works once. */
export class SecondFactorStore {
  readonly #sql: Sql;

  constructor(sql: Sql) {
    this.#sql = sql;
  }

  async totp(username: string): Promise<TotpState | undefined> {
    const row = await this.#sql.get(`SELECT secret, confirmed, last_step FROM account_totp WHERE username = ${this.#sql.p(1)}`, [username]);
    return row ? { secret: String(row.secret), confirmed: isTrue(row.confirmed), lastStep: Number(row.last_step) } : undefined;
  }

  /** Starts (or restarts) an enrolment; false, changing nothing, when a confirmed TOTP is in place. */
  async begin(username: string, secret: string, now = new Date().toISOString()): Promise<boolean> {
    const p = this.#sql.p;
    const written = await this.#sql.run(
      `INSERT INTO account_totp (username, secret, confirmed, last_step, created_at) VALUES (${p(1)}, ${p(2)}, ${p(3)}, 0, ${p(4)})
       ON CONFLICT (username) DO UPDATE SET secret = ${p(2)}, created_at = ${p(4)} WHERE account_totp.confirmed = ${p(3)}`,
      [username, secret, false, now],
    );
    return written > 0;
  }

  /**
   * Records that the code of `step` was used (confirming a pending enrolment with it); false when
   * that step or a later one already was, so a code seen once is refused after.
   */
  async use(username: string, step: number): Promise<boolean> {
    const p = this.#sql.p;
    const changed = await this.#sql.run(
      `UPDATE account_totp SET last_step = ${p(2)}, confirmed = ${p(3)} WHERE username = ${p(1)} AND last_step < ${p(2)}`,
      [username, step, true],
    );
    return changed > 0;
  }

  /** Removes the account's TOTP, confirmed or pending; false when it had none. */
  async remove(username: string): Promise<boolean> {
    return (await this.#sql.run(`DELETE FROM account_totp WHERE username = ${this.#sql.p(1)}`, [username])) > 0;
  }
}
