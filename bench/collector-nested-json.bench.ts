// @manyi/collector: /healthz while anyone hammers /api/v1/devices/enroll with nested JSON. Six
// clients without a credential send, back to back, the most nested body the public bound lets
// through (64 KiB of `[`) and a 1 MiB one, each from an address of its own (X-Forwarded-For behind
// a trusted proxy, as a botnet would: the per-address enrolment limit never answers for them), so
// what is measured is the parse bound alone. /healthz p99 under that load is reported as a ratio
// to /healthz p99 idle, measured in the same collector process just before, and to /healthz p99
// while the same clients send flat bodies of the same sizes (a long string): what nesting adds.
// Last, in this process, what JSON.parse of the 1 MiB body costs (what the collector paid before
// the bound) beside the depth scan that now refuses it.
import { mkdtempSync, rmSync } from 'node:fs';
import { Agent, request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { MAX_JSON_DEPTH, nestsDeeperThan } from '../packages/collector/src/http/json-depth.ts';
import { CollectorProcess, freePort } from '../test/support/collector-process.ts';
import { percentile, report } from './support/report.ts';

const ATTACKERS = 6;
const PROBES = 300;
const PROBE_EVERY_MS = 10;
const PUBLIC_BOUND = 64 * 1024;

const nested = (bytes: number) => `${'['.repeat(bytes / 2)}${']'.repeat(bytes / 2)}`;
const flat = (bytes: number) => `"${'x'.repeat(bytes - 2)}"`;
const NESTED = [nested(PUBLIC_BOUND - 2), nested(1024 * 1024)];
const FLAT = [flat(PUBLIC_BOUND - 2), flat(1024 * 1024)];

/** One request over `agent`: its status and how long its answer took. */
function send(agent: Agent, url: URL, method: string, headers: Record<string, string | number>, body?: string) {
  return new Promise<{ status: number; ms: number }>((resolve, reject) => {
    const started = performance.now();
    const request = httpRequest(url, { agent, method, headers });
    request.once('error', reject);
    request.once('response', (response) => {
      response.resume();
      response.once('end', () => resolve({ status: response.statusCode ?? 0, ms: performance.now() - started }));
    });
    request.end(body);
  });
}

/** /healthz every PROBE_EVERY_MS on a kept-alive connection, as a load balancer probes; latencies in ms. */
async function probeHealth(url: string): Promise<number[]> {
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  const latencies: number[] = [];
  try {
    for (let i = 0; i < PROBES; i++) {
      const { status, ms } = await send(agent, new URL('/healthz', url), 'GET', {});
      if (status !== 200) throw new Error(`/healthz answered ${status}`);
      latencies.push(ms);
      await sleep(PROBE_EVERY_MS);
    }
  } finally {
    agent.destroy();
  }
  return latencies;
}

/** Attackers posting `bodies` in turn until `stop` says so; each answer's status and time. */
function hammer(url: string, bodies: readonly string[], stop: { done: boolean }) {
  const answers: { status: number; ms: number; bytes: number }[] = [];
  const target = new URL('/api/v1/devices/enroll', url);
  let sent = 0;
  const attacker = async () => {
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    try {
      while (!stop.done) {
        const body = bodies[sent % bodies.length] as string;
        const address = `198.51.${(sent >> 8) & 255}.${sent & 255}`;
        sent++;
        const headers = { 'content-type': 'application/json', 'content-length': body.length, 'x-forwarded-for': address };
        const answer = await send(agent, target, 'POST', headers, body).catch(() => ({ status: 0, ms: 0 }));
        answers.push({ ...answer, bytes: body.length });
      }
    } finally {
      agent.destroy();
    }
  };
  return { answers, running: Promise.all(Array.from({ length: ATTACKERS }, attacker)) };
}

/** /healthz latencies while the attackers post `bodies`, their answers, and the answers per second. */
async function probeUnderAttack(url: string, bodies: readonly string[]) {
  const stop = { done: false };
  const attack = hammer(url, bodies, stop);
  const started = performance.now();
  const health = await probeHealth(url);
  stop.done = true;
  await attack.running;
  return { health, answers: attack.answers, perSecond: attack.answers.length / ((performance.now() - started) / 1000) };
}

/** The median time of `run` over a few rounds, in ms. */
function timed(run: () => unknown): number {
  const times = Array.from({ length: 5 }, () => {
    const started = performance.now();
    run();
    return performance.now() - started;
  });
  return percentile(times, 50);
}

const work = mkdtempSync(join(tmpdir(), 'manyi-bench-nested-'));
const collector = new CollectorProcess(await freePort(), join(work, 'data'), {
  MANYI_ADMIN_TOKEN: 'bench-admin-token-0123456789',
  MANYI_TRUST_PROXY: 'true',
  MANYI_LOG_LEVEL: 'warn',
});
try {
  await collector.start();
  await probeHealth(collector.url); // warm-up
  const idle = await probeHealth(collector.url);
  const attacked = await probeUnderAttack(collector.url, NESTED);
  const baseline = await probeUnderAttack(collector.url, FLAT);

  const unexpected = attacked.answers.filter((a) => a.status !== (a.bytes > PUBLIC_BOUND ? 413 : 400));
  if (unexpected.length > 0) throw new Error(`${unexpected.length} nested bodies were not refused (first: ${unexpected[0]?.status})`);
  const answersOf = (bytes: number) => attacked.answers.filter((a) => a.bytes === bytes).map((a) => a.ms);
  const idleP99 = percentile(idle, 99);
  const nestedP99 = percentile(attacked.health, 99);
  const flatP99 = percentile(baseline.health, 99);
  const loadedRatio = nestedP99 / idleP99;
  const nestingRatio = nestedP99 / flatP99;
  const nearBoundP99 = percentile(answersOf(NESTED[0]?.length ?? 0), 99);
  const megabyteP99 = percentile(answersOf(NESTED[1]?.length ?? 0), 99);
  const megabyte = NESTED[1] as string;
  const parseMs = timed(() => JSON.parse(megabyte));
  const scanMs = timed(() => nestsDeeperThan(megabyte, MAX_JSON_DEPTH));

  const figure = (name: string, value: number, unit: string, target: string, ok: boolean) =>
    report('nested-json', name, value, unit, target, ok);
  figure('/healthz p99 idle', idleP99, 'ms', '—', true);
  figure(`/healthz p99 while ${ATTACKERS} clients post nested JSON to /devices/enroll`, nestedP99, 'ms', '—', true);
  figure('/healthz p99 under nested JSON ÷ idle', loadedRatio, '×', '—', true);
  figure('/healthz p99 while they post flat bodies of the same sizes', flatP99, 'ms', '—', true);
  figure('/healthz p99 under nested JSON ÷ under flat bodies', nestingRatio, '×', '≤ 1.5', nestingRatio <= 1.5);
  figure('nested bodies refused per second (400 or 413)', attacked.perSecond, '/s', '—', true);
  figure('64 KiB nested body: answer p99 (400 json-too-deep)', nearBoundP99, 'ms', '—', true);
  figure('1 MiB nested body: answer p99 (413, unread)', megabyteP99, 'ms', '—', true);
  figure('1 MiB nested body: JSON.parse (the cost before the bound)', parseMs, 'ms', '—', true);
  figure('1 MiB nested body: the depth scan that refuses it now', scanMs, 'ms', '—', true);
  figure('1 MiB nested body: depth scan ÷ JSON.parse', scanMs / parseMs, '×', '≤ 0.1', scanMs / parseMs <= 0.1);
} finally {
  await collector.stop();
  rmSync(work, { recursive: true, force: true });
}
