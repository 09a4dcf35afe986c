import type { Role } from '../http/actor.js';
import type { Sql } from './sql/port.js';
import { iso, isTrue } from './values.js';

/** A named account as the API shows it: never its password hash. */
export interface Account {
  username: string;
  displayName: string;
  role: Role;
  /** A supervisor's or observer's region. */
  regionId?: string;
  /** A manager's or clerk's station. */
  stationId?: string;
  mustChangePassword: boolean;
  disabled: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface NewAccount extends Omit<Account, 'createdAt' | 'updatedAt' | 'disabled'> {
  passwordHash: string;
}

/** What an update may change; a new password hash or disabling ends the account's sessions. */
export interface AccountChange {
  displayName?: string;
  role?: Role;
  regionId?: string | null;
  stationId?: string | null;
  passwordHash?: string;
  mustChangePassword?: boolean;
  disabled?: boolean;
}

export interface Session {
  username: string;
  createdAt: string;
  lastUsedAt: string;
  expiresAt: string;
}

const COLUMNS = 'username, display_name, role, region_id, station_id, must_change_password, disabled, created_at, updated_at';

function accountFromRow(row: Record<string, unknown>): Account {
  return {
    username: String(row.username),
    displayName: String(row.display_name),
    role: row.role as Role,
    ...(row.region_id === null ? {} : { regionId: String(row.region_id) }),
    ...(row.station_id === null ? {} : { stationId: String(row.station_id) }),
    mustChangePassword: isTrue(row.must_change_password),
    disabled: isTrue(row.disabled),
    createdAt: iso(row.created_at) as string,
    updatedAt: iso(row.updated_at) as string,
  };
}

/** Accounts and their sessions. A deleted account keeps its row (and name) but is found nowhere. */
export class AccountStore {
  readonly #sql: Sql;

  constructor(sql: Sql) {
    this.#sql = sql;
  }

  /** False (nothing written) when the username is taken, by a live or a deleted account. */
  async create(a: NewAccount, now = new Date().toISOString()): Promise<boolean> {
    const p = this.#sql.p;
    const created = await this.#sql.run(
      `INSERT INTO accounts (${COLUMNS}, password_hash) VALUES (${[1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map(p).join(', ')})
       ON CONFLICT (username) DO NOTHING`,
      [a.username, a.displayName, a.role, a.regionId ?? null, a.stationId ?? null, a.mustChangePassword, false, now, now, a.passwordHash],
    );
    return created > 0;
  }

  async get(username: string): Promise<Account | undefined> {
    const row = await this.#sql.get(`SELECT ${COLUMNS} FROM accounts WHERE username = ${this.#sql.p(1)} AND deleted_at IS NULL`, [
      username,
    ]);
    return row ? accountFromRow(row) : undefined;
  }

  /** The stored password hash of a live account, for signing in. */
  async passwordHash(username: string): Promise<string | undefined> {
    const row = await this.#sql.get(`SELECT password_hash FROM accounts WHERE username = ${this.#sql.p(1)} AND deleted_at IS NULL`, [
      username,
    ]);
    return row ? String(row.password_hash) : undefined;
  }

  /** Every live account, ordered by username (bytewise, the same in both databases). */
  async list(): Promise<Account[]> {
    const rows = await this.#sql.all(`SELECT ${COLUMNS} FROM accounts WHERE deleted_at IS NULL ORDER BY ${this.#sql.bytewise('username')}`);
    return rows.map(accountFromRow);
  }

  /** Applies the change; a new password or disabling ends every session of the account in the same transaction. */
  update(username: string, change: AccountChange, now = new Date().toISOString()): Promise<Account | undefined> {
    return this.#sql.transaction(async (tx) => {
      const p = tx.p;
      const row = await tx.get(
        `UPDATE accounts SET display_name = COALESCE(${p(2)}, display_name), role = COALESCE(${p(3)}, role),
           region_id = CASE WHEN ${p(4)} THEN ${p(5)} ELSE region_id END,
           station_id = CASE WHEN ${p(6)} THEN ${p(7)} ELSE station_id END,
           password_hash = COALESCE(${p(8)}, password_hash),
           must_change_password = COALESCE(${p(9)}, must_change_password), disabled = COALESCE(${p(10)}, disabled),
           updated_at = ${p(11)}
         WHERE username = ${p(1)} AND deleted_at IS NULL RETURNING ${COLUMNS}`,
        [
          username,
          change.displayName ?? null,
          change.role ?? null,
          change.regionId !== undefined,
          change.regionId ?? null,
          change.stationId !== undefined,
          change.stationId ?? null,
          change.passwordHash ?? null,
          change.mustChangePassword ?? null,
          change.disabled ?? null,
          now,
        ],
      );
      if (!row) return undefined;
      if (change.passwordHash !== undefined || change.disabled === true) await this.#endSessions(tx, username);
      return accountFromRow(row);
    });
  }

  /** Marks the account deleted and ends its sessions; its name stays taken. */
  delete(username: string, now = new Date().toISOString()): Promise<boolean> {
    return this.#sql.transaction(async (tx) => {
      const p = tx.p;
      const changed = await tx.run(
        `UPDATE accounts SET deleted_at = ${p(2)}, disabled = ${p(3)}, updated_at = ${p(2)} WHERE username = ${p(1)} AND deleted_at IS NULL`,
        [username, now, true],
      );
      if (changed > 0) await this.#endSessions(tx, username);
      return changed > 0;
    });
  }

  async startSession(tokenHash: string, username: string, now: string, expiresAt: string): Promise<void> {
    const p = this.#sql.p;
    await this.#sql.run(
      `INSERT INTO sessions (token_hash, username, created_at, last_used_at, expires_at) VALUES (${p(1)}, ${p(2)}, ${p(3)}, ${p(3)}, ${p(4)})`,
      [tokenHash, username, now, expiresAt],
    );
  }

  /** The session and its account, if both are live; expiry and idle time are the caller's to judge. */
  async session(tokenHash: string): Promise<{ session: Session; account: Account } | undefined> {
    const row = await this.#sql.get(
      `SELECT ${COLUMNS.split(', ')
        .map((c) => `a.${c}`)
        .join(', ')}, s.created_at AS s_created, s.last_used_at, s.expires_at
       FROM sessions s JOIN accounts a ON a.username = s.username
       WHERE s.token_hash = ${this.#sql.p(1)} AND a.deleted_at IS NULL AND a.disabled = ${this.#sql.p(2)}`,
      [tokenHash, false],
    );
    if (!row) return undefined;
    const account = accountFromRow(row);
    const session = {
      username: account.username,
      createdAt: iso(row.s_created) as string,
      lastUsedAt: iso(row.last_used_at) as string,
      expiresAt: iso(row.expires_at) as string,
    };
    return { session, account };
  }

  async touchSession(tokenHash: string, at: string): Promise<void> {
    await this.#sql.run(`UPDATE sessions SET last_used_at = ${this.#sql.p(2)} WHERE token_hash = ${this.#sql.p(1)}`, [tokenHash, at]);
  }

  async endSession(tokenHash: string): Promise<void> {
    await this.#sql.run(`DELETE FROM sessions WHERE token_hash = ${this.#sql.p(1)}`, [tokenHash]);
  }

  async #endSessions(tx: Sql, username: string): Promise<void> {
    await tx.run(`DELETE FROM sessions WHERE username = ${tx.p(1)}`, [username]);
  }
}
