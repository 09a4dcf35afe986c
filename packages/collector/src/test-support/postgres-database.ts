import { randomBytes } from 'node:crypto';
import pg from 'pg';

/**
 * Why the PostgreSQL half of a test cannot run here, or undefined when it can. Run directly without
 * MANYI_TEST_DATABASE_URL it is skipped; under CI or `npm test` (MANYI_REQUIRE_ALL) a missing
 * database is a failure, never a skip.
 */
export function postgresSkip(): string | undefined {
  if (process.env.MANYI_TEST_DATABASE_URL) return undefined;
  if (process.env.CI === 'true' || process.env.MANYI_REQUIRE_ALL === '1') {
    throw new Error('MANYI_TEST_DATABASE_URL is not set: CI and npm test must test PostgreSQL too');
  }
  return 'set MANYI_TEST_DATABASE_URL (npm test does) to run the PostgreSQL half';
}

/** A new, empty database on the PostgreSQL server at `serverUrl`, and a way to drop it (and its connections). */
export async function throwawayDatabase(serverUrl: string): Promise<{ url: string; drop(): Promise<void> }> {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  const name = `manyi_test_${randomBytes(6).toString('hex')}`;
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    },
  };
}
