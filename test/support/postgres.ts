// A fresh PostgreSQL database per test, in the server `npm test` starts (MANYI_TEST_DATABASE_URL).
import { randomBytes } from 'node:crypto';
import { createRequire } from 'node:module';

interface PgClient {
  connect(): Promise<void>;
  query(sql: string): Promise<{ rows: Record<string, unknown>[] }>;
  end(): Promise<void>;
}

// pg is the collector's dependency; borrowed from there rather than added to the workspace root.
const require = createRequire(new URL('../../packages/collector/package.json', import.meta.url));
const pg = require('pg') as { Client: new (options: { connectionString: string }) => PgClient };

const SERVER = process.env.MANYI_TEST_DATABASE_URL;

/** Why PostgreSQL tests cannot run here, or undefined when they can; under CI or `npm test` a missing server is a failure. */
export function postgresSkip(): string | undefined {
  if (SERVER) return undefined;
  if (process.env.CI === 'true' || process.env.MANYI_REQUIRE_ALL === '1') {
    throw new Error('MANYI_TEST_DATABASE_URL is not set: CI and npm test must test PostgreSQL too');
  }
  return 'set MANYI_TEST_DATABASE_URL (npm test does) to run against PostgreSQL';
}

export async function freshDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  if (!SERVER) throw new Error('MANYI_TEST_DATABASE_URL is not set');
  const admin = new pg.Client({ connectionString: SERVER });
  await admin.connect();
  const name = `manyi_process_${randomBytes(6).toString('hex')}`;
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(SERVER);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    },
  };
}

/** The rows `sql` reads from the database at `url`, on a connection of its own. */
export async function queryRows(url: string, sql: string): Promise<Record<string, unknown>[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows;
  } finally {
    await client.end();
  }
}
