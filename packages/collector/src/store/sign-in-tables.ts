/**
 * A second factor per account (TOTP) and the link from a single sign-on identity to the account it
 * signs in as. The TOTP secret is a column no query of the API answers with; `last_step` is the
 * last code's 30-second step, so a code cannot be used twice.
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
`;
