/**
 * A second factor per account (TOTP), the link from a single sign-on identity to the account it
 * signs in as, and single sign-ons under way. The TOTP secret is a column no query of the API
 * answers with; `last_step` is the last code's 30-second step, so a code cannot be used twice. A
 * sign-on under way is kept in the database, not in one collector's memory, so the provider may
 * send the browser back to any collector of the same database; it is found by the SHA-256 of the
 * browser's flow id and deleted when used.
 */
export const signInTables = (t: { time: string; bool: string; step: string }) => `
CREATE TABLE account_totp (
  username TEXT PRIMARY KEY REFERENCES accounts(username),
  secret TEXT NOT NULL,
  confirmed ${t.bool} NOT NULL,
  last_step ${t.step} NOT NULL,
  created_at ${t.time} NOT NULL
);
CREATE TABLE account_links (
  issuer TEXT NOT NULL,
  subject TEXT NOT NULL,
  username TEXT NOT NULL REFERENCES accounts(username),
  linked_at ${t.time} NOT NULL,
  PRIMARY KEY (issuer, subject)
);
CREATE TABLE oidc_flows (
  flow_hash TEXT PRIMARY KEY,
  state TEXT NOT NULL,
  nonce TEXT NOT NULL,
  verifier TEXT NOT NULL,
  expires_at ${t.time} NOT NULL
);
`;
