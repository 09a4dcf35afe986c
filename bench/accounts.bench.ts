// @manyi/collector with named accounts: how long a sign-in takes over HTTP (the KDF's cost is
// intended: 50–250 ms on these machines), the scrypt derivation alone at 2^15 and 2^14, and device
// ingest on a collector holding accounts and live sessions as a share of one holding none.
import { scryptSync } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { Agent, request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { enroll, ratingBatch } from '../test/support/batches.ts';
import { CollectorProcess, freePort } from '../test/support/collector-process.ts';
import { percentile, report } from './support/report.ts';

const SIZE = 500;
const CONNECTIONS = 4;
const WARMUP_BATCHES = 20;
const ROUNDS = 8;
const ROUND_BATCHES = 20;
/** Accounts a county's collector might hold, each signed in once; sign-ins per address allow 30 a burst. */
const ACCOUNTS = 20;
const EXTRA_SIGN_INS = 8;
const ADMIN = 'bench-admin-token-0123456789';
const PASSWORD = 'Bench-Lantern-Orchid-42';

/**
 * One derivation with the collector's parameters (r 8, p 1, 32 bytes) at N = 2^log2N: its wall
 * time and the CPU time it took, in ms. The CPU time is the KDF's own cost; the wall time adds
 * whatever else the shared machine was running.
 */
function derive(log2N: number): { wall: number; cpu: number } {
  const N = 2 ** log2N;
  const cpu = process.cpuUsage();
  const started = performance.now();
  scryptSync(PASSWORD, 'a-16-byte-salt!!', 32, { N, r: 8, p: 1, maxmem: 256 * N * 8 + 1024 * 1024 });
  const used = process.cpuUsage(cpu);
  return { wall: performance.now() - started, cpu: (used.user + used.system) / 1000 };
}

function post(agent: Agent, url: URL, token: string, body: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(url, {
      agent,
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
    });
    request.once('error', reject);
    request.once('response', (response) => {
      response.resume();
      response.once('end', () => resolve(response.statusCode ?? 0));
    });
    request.end(body);
  });
}

/** Uploads the batches over kept-alive connections; ratings per second. */
async function upload(url: string, token: string, bodies: readonly string[]): Promise<number> {
  const agent = new Agent({ keepAlive: true, maxSockets: CONNECTIONS });
  const target = new URL('/api/v1/records/batch', url);
  let next = 0;
  const started = performance.now();
  try {
    await Promise.all(
      Array.from({ length: CONNECTIONS }, async () => {
        while (next < bodies.length) {
          const status = await post(agent, target, token, bodies[next++] as string);
          if (status !== 200) throw new Error(`batch answered ${status}`);
        }
      }),
    );
  } finally {
    agent.destroy();
  }
  return (bodies.length * SIZE) / ((performance.now() - started) / 1000);
}

/** Creates the accounts and signs each in (timed), plus a few more sign-ins of the first. */
async function signInEveryone(collector: CollectorProcess): Promise<number[]> {
  const times: number[] = [];
  const signIn = async (username: string) => {
    const started = performance.now();
    const { status } = await collector.api('/api/v1/auth/login', {
      method: 'POST',
      body: JSON.stringify({ username, password: PASSWORD }),
    });
    times.push(performance.now() - started);
    if (status !== 200) throw new Error(`sign-in answered ${status}`);
  };
  for (let i = 0; i < ACCOUNTS; i++) {
    const body = { username: `clerk-${i}`, password: PASSWORD, displayName: `窗口 ${i}`, role: 'clerk', stationId: 'demo' };
    const created = await collector.api('/api/v1/admin/users', {
      method: 'POST',
      body: JSON.stringify(body),
      headers: { authorization: `Bearer ${ADMIN}` },
    });
    if (created.status !== 201) throw new Error(`account answered ${created.status}`);
    await signIn(body.username);
  }
  for (let i = 0; i < EXTRA_SIGN_INS; i++) await signIn('clerk-0');
  return times;
}

/** A fresh collector (demo hall, SQLite), its enrolled tablet, and its batches pre-serialised. */
async function collectorWithTablet(work: string, name: string) {
  const collector = new CollectorProcess(await freePort(), join(work, name), { MANYI_ADMIN_TOKEN: ADMIN });
  await collector.start();
  const device = await enroll(collector, collector.announced.get('enrollment code') ?? '');
  const start = Date.now() - 3_600_000;
  const bodies = Array.from({ length: WARMUP_BATCHES + ROUNDS * ROUND_BATCHES }, (_, i) =>
    JSON.stringify({ ...ratingBatch(device.deviceId, SIZE, start + i * SIZE), sentAt: new Date().toISOString() }),
  );
  return { collector, token: device.token, bodies };
}

const kdf: Record<number, { wall: number; cpu: number }[]> = { 14: [], 15: [] };
for (let i = 0; i < 10; i++) for (const log2N of [15, 14]) kdf[log2N]?.push(derive(log2N));
for (const log2N of [15, 14]) {
  const runs = kdf[log2N] ?? [];
  const cpu = percentile(
    runs.map((r) => r.cpu),
    50,
  );
  const wall = percentile(
    runs.map((r) => r.wall),
    50,
  );
  report('accounts', `scrypt N=2^${log2N}, r=8: CPU time per derivation, median of 10`, cpu, 'ms', '50–250 ms', cpu >= 50 && cpu <= 250);
  report('accounts', `scrypt N=2^${log2N}, r=8: wall time per derivation, median of 10`, wall, 'ms', '—', true);
}

// Two collectors side by side, one without accounts and one with them signed in; their uploads
// alternate in short rounds (none, accounts, accounts, none, …) so the shared machine's drift
// falls on both alike.
const work = mkdtempSync(join(tmpdir(), 'manyi-bench-accounts-'));
const plain = await collectorWithTablet(work, 'plain');
const withAccounts = await collectorWithTablet(work, 'accounts');
try {
  const signIns = await signInEveryone(withAccounts.collector);
  const p95 = percentile(signIns, 95);
  report('accounts', `sign-in over HTTP p50 (${signIns.length} sign-ins)`, percentile(signIns, 50), 'ms', '—', true);
  report('accounts', `sign-in over HTTP p95 (${signIns.length} sign-ins)`, p95, 'ms', '50–250 ms', p95 >= 50 && p95 <= 250);
  for (const c of [plain, withAccounts]) await upload(c.collector.url, c.token, c.bodies.slice(0, WARMUP_BATCHES));
  const seconds = { plain: 0, withAccounts: 0 };
  for (let round = 0; round < ROUNDS; round++) {
    const from = WARMUP_BATCHES + round * ROUND_BATCHES;
    const order = round % 2 === 0 ? ([plain, withAccounts] as const) : ([withAccounts, plain] as const);
    for (const c of order) {
      const rate = await upload(c.collector.url, c.token, c.bodies.slice(from, from + ROUND_BATCHES));
      seconds[c === plain ? 'plain' : 'withAccounts'] += (ROUND_BATCHES * SIZE) / rate;
    }
  }
  const ratings = ROUNDS * ROUND_BATCHES * SIZE;
  const rate = { plain: ratings / seconds.plain, withAccounts: ratings / seconds.withAccounts };
  report('accounts', `SQLite ingest without accounts: ratings/s (${ROUNDS} rounds)`, rate.plain, '/s', '—', true);
  report('accounts', `SQLite ingest with ${ACCOUNTS} accounts signed in: ratings/s (${ROUNDS} rounds)`, rate.withAccounts, '/s', '—', true);
  const ratio = rate.withAccounts / rate.plain;
  report('accounts', 'ingest with accounts ÷ without', ratio, '×', '≥ 0.95', ratio >= 0.95);
} finally {
  await plain.collector.stop();
  await withAccounts.collector.stop();
  rmSync(work, { recursive: true, force: true });
}
