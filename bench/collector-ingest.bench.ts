// @manyi/collector: batches of 500 ratings over HTTP from 4 concurrent keep-alive connections to the
// real collector in its own process (this one sends bodies serialised before the clock starts, each
// stamped with its sentAt as it goes), on embedded SQLite and on PostgreSQL, each also as a share
// of bare inserts into the same database arranged as the collector writes (measured in the same
// run: bench/support/bare-inserts.ts); client-side batch latency.
import { mkdtempSync, rmSync } from 'node:fs';
import { Agent, request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { enroll, ratingBatch } from '../test/support/batches.ts';
import { CollectorProcess, freePort } from '../test/support/collector-process.ts';
import { barePostgresInserts, bareSqliteInserts } from './support/bare-inserts.ts';
import { percentile, report } from './support/report.ts';

const SIZE = 500;
const CONNECTIONS = 4;
const WARMUP_BATCHES = 40;
// 200,000 ratings a run: enough for a steady p99 (the 4th-worst of 400 batches).
const BATCHES = 400;

interface Run {
  ratingsPerSecond: number;
  latencyMs: number[];
}

/**
 * A batch serialised before the clock starts, around the one field a kiosk fills in as it sends:
 * `sentAt`. The collector corrects each record's time by the gap between `sentAt` and its own
 * clock, so a `sentAt` fixed when the body was made would shift every batch's records to just
 * before its arrival, where they would overlap the batches in flight around it; a kiosk's backlog
 * keeps the times its records were made.
 */
interface Body {
  head: string;
  tail: string;
  bytes: number;
}

const SENT_AT = /"sentAt":"[^"]*"/;

function unsent(batch: object): Body {
  const json = JSON.stringify(batch);
  const field = SENT_AT.exec(json);
  if (!field) throw new Error('a batch body without sentAt');
  const head = `${json.slice(0, field.index)}"sentAt":"`;
  const tail = `"${json.slice(field.index + field[0].length)}`;
  const sentAtBytes = new Date().toISOString().length;
  return { head, tail, bytes: Buffer.byteLength(head) + sentAtBytes + Buffer.byteLength(tail) };
}

/** One POST of `body`, stamped with the moment it is sent, over `agent`'s kept-alive connections. */
function post(agent: Agent, url: URL, token: string, body: Body): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(url, {
      agent,
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', 'content-length': body.bytes },
    });
    request.once('error', reject);
    request.once('response', (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.once('error', reject);
      response.once('end', () => resolve({ status: response.statusCode ?? 0, text: Buffer.concat(chunks).toString() }));
    });
    request.end(body.head + new Date().toISOString() + body.tail);
  });
}

/**
 * Uploads pre-serialised batches over `CONNECTIONS` kept-alive connections; every record must come
 * back accepted. The client is node:http rather than fetch: it shares the 2 cores with the
 * collector, and fetch (undici's WHATWG streams and Response objects) spent about twice the CPU
 * on each upload. Latency is from sending a batch to its answer read whole and parsed.
 */
async function uploadAll(url: string, token: string, bodies: readonly Body[]): Promise<Run> {
  const latencyMs: number[] = [];
  const agent = new Agent({ keepAlive: true, maxSockets: CONNECTIONS });
  const target = new URL('/api/v1/records/batch', url);
  let next = 0;
  const connection = async () => {
    while (next < bodies.length) {
      const body = bodies[next++] as Body;
      const started = performance.now();
      const { status, text } = await post(agent, target, token, body);
      const answer = JSON.parse(text) as { results: { status: string }[] };
      latencyMs.push(performance.now() - started);
      if (status !== 200 || answer.results.some((r) => r.status !== 'accepted')) {
        throw new Error(`batch answered ${status}: ${text.slice(0, 300)}`);
      }
    }
  };
  const started = performance.now();
  try {
    await Promise.all(Array.from({ length: CONNECTIONS }, connection));
  } finally {
    agent.destroy();
  }
  const seconds = (performance.now() - started) / 1000;
  return { ratingsPerSecond: (bodies.length * SIZE) / seconds, latencyMs };
}

/**
 * A collector process on a fresh data directory (and database), an enrolled device, and a measured
 * upload; `before` runs once the database exists and the device is enrolled, just before the warm-up.
 */
async function measure(
  label: string,
  batches: number,
  env: Record<string, string> = {},
  before?: (dataDir: string, deviceId: string) => Promise<unknown>,
) {
  const work = mkdtempSync(join(tmpdir(), 'manyi-bench-'));
  const collector = new CollectorProcess(await freePort(), join(work, 'data'), {
    MANYI_ADMIN_TOKEN: 'bench-admin-token-0123456789',
    ...env,
  });
  try {
    await collector.start();
    const code = collector.announced.get('enrollment code');
    if (!code) throw new Error(`${label}: no enrollment code announced`);
    const device = await enroll(collector, code);
    // A backlog: ratings made over the last hour, uploaded now.
    const start = Date.now() - 3_600_000;
    const bodies = Array.from({ length: WARMUP_BATCHES + batches }, (_, i) => unsent(ratingBatch(device.deviceId, SIZE, start + i * SIZE)));
    // Before the warm-up: an idle pause between warm-up and run lets keep-alive connections time out.
    await before?.(join(work, 'data'), device.deviceId);
    await uploadAll(collector.url, device.token, bodies.slice(0, WARMUP_BATCHES));
    const run = await uploadAll(collector.url, device.token, bodies.slice(WARMUP_BATCHES));
    await collector.stop();
    return { run, dataDir: join(work, 'data'), deviceId: device.deviceId, dispose: () => rmSync(work, { recursive: true, force: true }) };
  } catch (error) {
    await collector.stop();
    rmSync(work, { recursive: true, force: true });
    throw error;
  }
}

// Bare inserts into the collector's database just before its upload and again just after (the
// machine's load drifts; their mean is the baseline), and the collector over HTTP between.
const perSecond = (rate: number) => `${Math.round(rate).toLocaleString('en')}/s`;
const share = (collector: number, [before = Number.NaN, after = Number.NaN]: number[]) => ({
  ratio: collector / ((before + after) / 2),
  label: `mean of ${perSecond(before)} before, ${perSecond(after)} after`,
});
const sqliteFile = (dataDir: string) => join(dataDir, 'manyi.sqlite');

const bareSqlite: number[] = [];
const sqlite = await measure('SQLite', BATCHES, {}, async (dataDir, deviceId) => {
  bareSqlite.push(await bareSqliteInserts(sqliteFile(dataDir), deviceId, BATCHES, SIZE, CONNECTIONS, Date.now() + 7_200_000));
});
bareSqlite.push(await bareSqliteInserts(sqliteFile(sqlite.dataDir), sqlite.deviceId, BATCHES, SIZE, CONNECTIONS, Date.now() + 14_400_000));
sqlite.dispose();
const sqliteShare = share(sqlite.run.ratingsPerSecond, bareSqlite);
report(
  'collector',
  'SQLite: ratings/s, 500 per batch, 4 connections',
  sqlite.run.ratingsPerSecond,
  '/s',
  '≥ 40,000',
  sqlite.run.ratingsPerSecond >= 40_000,
);
report(
  'collector',
  `SQLite: share of bare group-committed inserts (${sqliteShare.label})`,
  sqliteShare.ratio,
  '×',
  '≥ 0.5',
  sqliteShare.ratio >= 0.5,
);
report('collector', 'SQLite: batch latency p50', percentile(sqlite.run.latencyMs, 50), 'ms', '—', true);
report(
  'collector',
  'SQLite: batch latency p99',
  percentile(sqlite.run.latencyMs, 99),
  'ms',
  '≤ 100 ms',
  percentile(sqlite.run.latencyMs, 99) <= 100,
);

// PostgreSQL: a throwaway cluster with fsync on, as a real server runs.
const { startPostgres } = (await import('../scripts/postgres-cluster.mjs' as string)) as {
  startPostgres(options?: { durable?: boolean }): Promise<{ url: string; stop(): void }>;
};
const cluster = await startPostgres({ durable: true });
try {
  const barePostgres: number[] = [];
  const inserts = (deviceId: string, at: number) => barePostgresInserts(cluster.url, deviceId, BATCHES, SIZE, CONNECTIONS, at);
  const postgres = await measure('PostgreSQL', BATCHES, { DATABASE_URL: cluster.url }, async (_, deviceId) => {
    barePostgres.push(await inserts(deviceId, Date.now() + 7_200_000));
  });
  barePostgres.push(await inserts(postgres.deviceId, Date.now() + 14_400_000));
  postgres.dispose();
  const { ratingsPerSecond, latencyMs } = postgres.run;
  const postgresShare = share(ratingsPerSecond, barePostgres);
  report(
    'collector',
    'PostgreSQL: ratings/s, 500 per batch, 4 connections',
    ratingsPerSecond,
    '/s',
    '≥ 25,000',
    ratingsPerSecond >= 25_000,
  );
  report('collector', `PostgreSQL: share of bare inserts (${postgresShare.label})`, postgresShare.ratio, '×', '—', true);
  report('collector', 'PostgreSQL: batch latency p50', percentile(latencyMs, 50), 'ms', '—', true);
  report('collector', 'PostgreSQL: batch latency p99', percentile(latencyMs, 99), 'ms', '≤ 100 ms', percentile(latencyMs, 99) <= 100);
} finally {
  cluster.stop();
}
