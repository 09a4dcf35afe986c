// The operator's side of upgrades, through the CLI as installed: `migrate --status` and the refusal
// to run on a database a newer collector has migrated.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterEach, beforeEach, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { SQLITE_MIGRATIONS } from './store/migrations.js';
import { sqliteBefore } from './test-support/older-schema.js';

/** The schema and the recorded migrations: what `--status` and a refused start must leave as they were. */
function schemaOf(file: string): unknown {
  const db = new DatabaseSync(file);
  try {
    return [
      db.prepare('SELECT type, name, sql FROM sqlite_master ORDER BY name').all(),
      db.prepare('SELECT * FROM schema_migrations').all(),
    ];
  } finally {
    db.close();
  }
}

const CLI = fileURLToPath(new URL('./cli.js', import.meta.url));
// Versions may skip numbers: read them, never count.
const LATEST = SQLITE_MIGRATIONS.at(-1)?.version ?? 0;
const PREVIOUS = SQLITE_MIGRATIONS.at(-2)?.version ?? 0;

/** Runs the CLI on `dataDir`; resolves with its exit code and output whatever the code. */
async function cli(dataDir: string, ...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const env: NodeJS.ProcessEnv = { ...process.env, MANYI_DATA_DIR: dataDir, MANYI_DEMO: 'false', PORT: '0', MANYI_LOG_LEVEL: 'error' };
  delete env.DATABASE_URL;
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [CLI, ...args], { env });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe('upgrading through the CLI', () => {
  let old: { file: string; dispose(): void };
  let dataDir: string;
  beforeEach(() => {
    old = sqliteBefore(LATEST, () => {});
    dataDir = join(old.file, '..');
  });
  afterEach(() => old.dispose());

  test('migrate --status names the pending migration and changes nothing; migrate applies it', async () => {
    const before = schemaOf(old.file);
    const status = await cli(dataDir, 'migrate', '--status');
    assert.equal(status.code, 0, status.stderr);
    assert.match(status.stdout, new RegExp(`schema version ${PREVIOUS}; this collector: schema version ${LATEST}`));
    assert.match(status.stdout, new RegExp(`pending +${LATEST} +${SQLITE_MIGRATIONS.at(-1)?.name}`));
    assert.deepEqual(schemaOf(old.file), before);
    assert.equal((await cli(dataDir, 'migrate')).code, 0);
    assert.match((await cli(dataDir, 'migrate', '--status')).stdout, /nothing pending/);
  });

  test('start and migrate refuse a database a newer collector migrated, naming both versions', async () => {
    const db = new DatabaseSync(old.file);
    db.exec(`INSERT INTO schema_migrations VALUES (${LATEST + 3}, 'from the future', '2030-01-01T00:00:00Z')`);
    db.close();
    const before = schemaOf(old.file);
    const expected = new RegExp(`schema version ${LATEST + 3}, newer than this collector \\(schema version ${LATEST}\\)`);
    for (const command of ['start', 'migrate']) {
      const run = await cli(dataDir, command);
      assert.equal(run.code, 1, `${command} exited ${run.code}`);
      assert.match(run.stderr, expected);
    }
    const status = await cli(dataDir, 'migrate', '--status');
    assert.equal(status.code, 1);
    assert.match(status.stdout, /newer than this collector/);
    assert.deepEqual(schemaOf(old.file), before);
  });
});

test('migrate --status on an empty data directory lists every migration as pending', async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'manyi-status-'));
  try {
    const status = await cli(dataDir, 'migrate', '--status');
    assert.equal(status.code, 0);
    assert.equal(status.stdout.match(/^ {2}pending /gm)?.length, SQLITE_MIGRATIONS.length);
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
});
