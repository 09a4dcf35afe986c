import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { throwawayDatabase } from './test-support/postgres-database.js';

const CLI = fileURLToPath(new URL('./cli.js', import.meta.url));
const PG_URL = process.env.MANYI_TEST_DATABASE_URL;

interface Started {
  url: string;
  /** Everything written to stdout and stderr so far. */
  output(): string;
  stop(): Promise<void>;
}

/** The built CLI in its own process, as an operator starts it; resolves once it listens. */
async function startCli(dataDir: string, env: Record<string, string>, args: string[] = []): Promise<Started> {
  const child: ChildProcess = spawn(process.execPath, [CLI, 'start', ...args], {
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', MANYI_DATA_DIR: dataDir, DATABASE_URL: '', MANYI_ADMIN_TOKEN: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no "listening on" within 20 s:\n${output}`)), 20_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const found = /listening on (http:\/\/\S+)/.exec(output);
      if (found?.[1]) {
        clearTimeout(timer);
        resolve(found[1]);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`exited with ${code}:\n${output}`));
    });
  });
  return {
    url,
    output: () => output,
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    },
  };
}

const mode = (path: string) => statSync(path).mode & 0o777;

async function adminGet(url: string, token: string, path: string): Promise<{ items: unknown[] }> {
  const response = await fetch(`${url}/api/v1/admin/${path}`, { headers: { authorization: `Bearer ${token}` } });
  assert.equal(response.status, 200, path);
  return (await response.json()) as { items: unknown[] };
}

/** Starts in production mode, checks what a production start promises, and stops. */
async function assertProductionStart(env: Record<string, string>, args: string[]) {
  const dataDir = join(mkdtempSync(join(tmpdir(), 'manyi-prod-')), 'data');
  const collector = await startCli(dataDir, env, args);
  try {
    // Let the first requests be logged too: their lines are part of the stream that must stay clean.
    assert.equal((await fetch(`${collector.url}/healthz`)).status, 200);
    const tokenFile = join(dataDir, 'admin-token');
    const token = readFileSync(tokenFile, 'utf8').trim();
    const stations = await adminGet(collector.url, token, 'stations');
    const regions = await adminGet(collector.url, token, 'regions');
    const output = collector.output();
    assert.ok(!output.includes(token), 'the admin token is not printed');
    assert.doesNotMatch(output, /mat_|admin token:|enrollment code|kiosk PIN|demo account/i);
    assert.ok(output.includes(`admin token file: ${tokenFile}`), `the operator is told where the token is:\n${output}`);
    assert.deepEqual(stations.items, [], 'no demo station');
    assert.deepEqual(regions.items, [], 'no demo region');
    assert.equal(mode(dataDir), 0o700);
    for (const file of readdirSync(dataDir)) assert.equal(mode(join(dataDir, file)), 0o600, file);
  } finally {
    await collector.stop();
    rmSync(dirname(dataDir), { recursive: true, force: true });
  }
}

describe('a production start', () => {
  test('MANYI_DEMO=false on SQLite: no demo, no secret on stdout or stderr, the token only in a 0600 file in a 0700 directory', async () => {
    await assertProductionStart({ MANYI_DEMO: 'false' }, []);
  });

  test('start --no-demo on PostgreSQL: the same', { skip: PG_URL ? undefined : 'set MANYI_TEST_DATABASE_URL' }, async () => {
    const database = await throwawayDatabase(PG_URL as string);
    try {
      await assertProductionStart({ DATABASE_URL: database.url }, ['--no-demo']);
    } finally {
      await database.drop();
    }
  });

  test('a bad MANYI_DEMO stops start-up with a message naming it', async () => {
    const child = spawn(process.execPath, [CLI, 'start'], { env: { ...process.env, MANYI_DEMO: 'no' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    const code = await new Promise((resolve) => child.once('exit', resolve));
    assert.equal(code, 1);
    assert.match(stderr, /invalid environment: .*MANYI_DEMO/);
  });
});

describe('the demo start (npm start)', () => {
  test('prints the admin token and an enrollment code each on its own line, and tightens a data directory left open', async () => {
    const parent = mkdtempSync(join(tmpdir(), 'manyi-demo-'));
    const dataDir = join(parent, 'data');
    mkdirSync(dataDir);
    chmodSync(dataDir, 0o755);
    const collector = await startCli(dataDir, {});
    try {
      const output = collector.output();
      const token = /^admin token: (mat_\S+)$/m.exec(output)?.[1];
      assert.ok(token, output);
      assert.match(output, /^enrollment code: [0-9A-Z]{4}-[0-9A-Z]{4}$/m);
      for (const role of ['admin', 'supervisor', 'observer', 'manager', 'clerk']) {
        assert.match(output, new RegExp(`^demo account ${role}: demo-${role} / \\S{12}$`, 'm'), 'one demo account per role');
      }
      assert.equal(readFileSync(join(dataDir, 'admin-token'), 'utf8').trim(), token);
      assert.equal(mode(dataDir), 0o700);
      assert.match(output, /tightened .* from 0755 to 0700/);
      for (const file of readdirSync(dataDir)) assert.equal(mode(join(dataDir, file)), 0o600, file);
    } finally {
      await collector.stop();
    }
    // A file an operator copied in with a loose mode is tightened on the next start.
    const tokenFile = join(dataDir, 'admin-token');
    chmodSync(tokenFile, 0o644);
    writeFileSync(join(dataDir, 'notes.txt'), 'not the collector’s');
    chmodSync(join(dataDir, 'notes.txt'), 0o644);
    const again = await startCli(dataDir, {});
    try {
      assert.equal(mode(tokenFile), 0o600);
      assert.equal(mode(join(dataDir, 'notes.txt')), 0o644, 'files that are not the collector’s are left alone');
    } finally {
      await again.stop();
      rmSync(parent, { recursive: true, force: true });
    }
  });
});
