import type { Sql } from './sql/port.js';

/** Key–value settings of the collector (secrets, per-station knobs), the same in both databases. */
export class SettingStore {
  readonly #sql: Sql;

  constructor(sql: Sql) {
    this.#sql = sql;
  }

  async get(key: string): Promise<string | undefined> {
    const row = await this.#sql.get(`SELECT value FROM settings WHERE key = ${this.#sql.p(1)}`, [key]);
    return row ? String(row.value) : undefined;
  }

  /** Sets the value only if the key has none yet; returns the value now stored. */
  async init(key: string, value: string): Promise<string> {
    const { p } = this.#sql;
    await this.#sql.run(`INSERT INTO settings (key, value) VALUES (${p(1)}, ${p(2)}) ON CONFLICT (key) DO NOTHING`, [key, value]);
    return (await this.get(key)) ?? value;
  }

  /** Sets the value, replacing any earlier one. */
  async set(key: string, value: string): Promise<void> {
    const { p } = this.#sql;
    await this.#sql.run(
      `INSERT INTO settings (key, value) VALUES (${p(1)}, ${p(2)}) ON CONFLICT (key) DO UPDATE SET value = excluded.value`,
      [key, value],
    );
  }
}
