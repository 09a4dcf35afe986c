import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { openStore } from '../store/open.js';
import { throwawayDatabase } from '../test-support/postgres-database.js';
import { rawSql } from '../test-support/raw-sql.js';

const CLI = fileURLToPath(new URL('../cli.js', import.meta.url));
const PG_URL = process.env.MANYI_TEST_DATABASE_URL;

/** `manyi-collector audit verify` in its own process, as an operator runs it: exit code and output. */
async function verify(env: Record<string, string>): Promise<{ code: number; out: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [CLI, 'audit', 'verify'], {
      env: { ...process.env, DATABASE_URL: '', MANYI_LOG_LEVEL: 'error', ...env },
    });
    return { code: 0, out: stdout + stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, out: e.stdout + e.stderr };
  }
}

/** Where a collector keeps its data, for the CLI's environment and for the test's own store. */
interface Place {
  env: Record<string, string>;
  config: { dataDir: string; databaseUrl?: string };
  dispose(): Promise<void>;
}

const places: [string, string | undefined, () => Promise<Place>][] = [
  [
    'SQLite',
    undefined,
    async () => {
      const dataDir = mkdtempSync(join(tmpdir(), 'manyi-audit-cli-'));
      return {
        env: { MANYI_DATA_DIR: dataDir },
        config: { dataDir },
        dispose: async () => rmSync(dataDir, { recursive: true, force: true }),
      };
    },
  ],
  [
    'PostgreSQL',
    PG_URL ? undefined : 'set MANYI_TEST_DATABASE_URL to run the PostgreSQL half',
    async () => {
      const database = await throwawayDatabase(PG_URL as string);
      return {
        env: { DATABASE_URL: database.url },
        config: { dataDir: tmpdir(), databaseUrl: database.url },
        dispose: () => database.drop(),
      };
    },
  ],
];

for (const [name, skip, open] of places) {
  describe(`manyi-collector audit verify on ${name}`, { skip }, () => {
    test('prints OK with the count, and names the first entry changed behind the API’s back (exit 1)', async () => {
      const place = await open();
      try {
        const store = openStore(place.config);
        await store.migrate();
        for (const target of ['east', 'west', 'north']) {
          await store.audit.append({
            actor: 'admin-token',
            role: 'admin',
            action: 'updateStation',
            target,
            stationId: target,
            address: '10.0.0.7',
            requestId: null,
            outcome: 200,
            before: { cooldownMs: 5000 },
            after: { cooldownMs: 8000 },
          });
        }
        const good = await verify(place.env);
        assert.equal(good.code, 0, good.out);
        assert.match(good.out, /^OK: 3 audit entries verified; head [0-9a-f]{64}/);

        await rawSql(store).run(`UPDATE audit_entries SET after_json = '{"cooldownMs":1}' WHERE seq = 2`);
        await store.close();
        const bad = await verify(place.env);
        assert.equal(bad.code, 1, bad.out);
        assert.match(bad.out, /BROKEN at audit entry 2: its content does not match its hash/);
      } finally {
        await place.dispose();
      }
    });
  });
}
