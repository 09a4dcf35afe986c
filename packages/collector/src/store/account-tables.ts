/**
 * Named accounts and their sessions (CONTRACT "Accounts, roles and audit"). An account is never
 * removed, only marked deleted, so a name in the audit or a case history always means one person;
 * a session is kept only as the SHA-256 of its token.
 */
export const accountTables = (t: { time: string; bool: string }) => `
CREATE TABLE accounts (
  username TEXT PRIMARY KEY,
  display_name TEXT NOT NULL,
  role TEXT NOT NULL,
  region_id TEXT REFERENCES regions(id),
  station_id TEXT REFERENCES stations(id),
  password_hash TEXT NOT NULL,
  must_change_password ${t.bool} NOT NULL,
  disabled ${t.bool} NOT NULL,
  deleted_at ${t.time},
  created_at ${t.time} NOT NULL,
  updated_at ${t.time} NOT NULL
);
CREATE TABLE sessions (
  token_hash TEXT PRIMARY KEY,
  username TEXT NOT NULL REFERENCES accounts(username),
  created_at ${t.time} NOT NULL,
  last_used_at ${t.time} NOT NULL,
  expires_at ${t.time} NOT NULL
);
CREATE INDEX sessions_username ON sessions (username);
`;
