// The deployment files cannot be run here (no Docker daemon, no systemd as PID 1): their structure
// is checked instead, and the unit is verified by systemd-analyze where it exists.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';

const deploy = (name: string) => fileURLToPath(new URL(`../../packages/collector/deploy/${name}`, import.meta.url));

/** Dockerfile instructions, continuation lines joined and comments dropped: `[INSTRUCTION, arguments]`. */
function instructions(text: string): [string, string][] {
  const joined = text
    .split('\n')
    .filter((line) => !/^\s*#/.test(line))
    .join('\n')
    .replace(/\\\n/g, ' ');
  return joined
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const [name = '', ...rest] = line.split(/\s+/);
      return [name.toUpperCase(), rest.join(' ')];
    });
}

/** A systemd unit as `section.key → values` (a key may repeat). */
function unitKeys(text: string): Map<string, string[]> {
  const keys = new Map<string, string[]>();
  let section = '';
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const header = /^\[(\w+)\]$/.exec(line);
    if (header?.[1]) section = header[1];
    else {
      const at = line.indexOf('=');
      const key = `${section}.${line.slice(0, at)}`;
      keys.set(key, [...(keys.get(key) ?? []), line.slice(at + 1)]);
    }
  }
  return keys;
}

describe('the Dockerfile', () => {
  const steps = instructions(readFileSync(deploy('Dockerfile'), 'utf8'));
  const args = new Map(steps.filter(([name]) => name === 'ARG').map(([, arg]) => arg.split('=') as [string, string]));
  const stages = steps.filter(([name]) => name === 'FROM').map(([, from]) => from.replace(/\$\{(\w+)\}/g, (_, arg) => args.get(arg) ?? ''));
  const runtime = steps.slice(steps.findLastIndex(([name]) => name === 'FROM'));

  test('is multi-stage, on the official Node 24 image pinned to a release', () => {
    assert.ok(stages.length >= 2, 'a build stage and a runtime stage');
    for (const from of stages) assert.match(from, /^node:24\.\d+\.\d+-[a-z-]+(@sha256:[0-9a-f]{64})?( AS \w+)?$/i, from);
  });

  test('the runtime stage runs as a user other than root, with a health check and the data directory as a volume', () => {
    const user = runtime.findLast(([name]) => name === 'USER')?.[1];
    assert.ok(user && !/^(root|0)(:|$)/.test(user), `runs as ${user ?? 'root'}`);
    const healthcheck = runtime.find(([name]) => name === 'HEALTHCHECK')?.[1] ?? '';
    assert.match(healthcheck, /\/healthz/);
    assert.ok(runtime.some(([name, arg]) => name === 'VOLUME' && arg.includes('/var/lib/manyi')));
    assert.ok(
      runtime.some(([name, arg]) => name === 'ENV' && /MANYI_DEMO=false/.test(arg)),
      'production start: no demo',
    );
  });

  test('the runtime stage installs production dependencies only, from the packed tarballs', () => {
    const installs = runtime.filter(([name, arg]) => name === 'RUN' && /npm install/.test(arg));
    assert.ok(installs.length > 0 && installs.every(([, arg]) => /--omit=dev/.test(arg)));
    assert.ok(!runtime.some(([name, arg]) => name === 'COPY' && /^\.\s/.test(arg)), 'no sources copied into the runtime stage');
  });
});

describe('the compose file', () => {
  const compose = readFileSync(deploy('compose.yaml'), 'utf8');
  test('runs the collector on PostgreSQL with no demo and no password written in the file', () => {
    assert.match(compose, /image: postgres:\d+\.\d+/);
    assert.match(compose, /DATABASE_URL: postgres:\/\//);
    assert.match(compose, /MANYI_DEMO: "false"/);
    assert.match(compose, /POSTGRES_PASSWORD: \$\{POSTGRES_PASSWORD:\?/);
    assert.match(compose, /dockerfile: packages\/collector\/deploy\/Dockerfile/);
  });
});

describe('the systemd unit', () => {
  const file = deploy('manyi-collector.service');
  const keys = unitKeys(readFileSync(file, 'utf8'));
  const one = (key: string) => keys.get(key)?.at(-1);

  test('is hardened: no new privileges, a read-only system but for the data directory, private /tmp, no capabilities', () => {
    assert.equal(one('Service.NoNewPrivileges'), 'yes');
    assert.equal(one('Service.ProtectSystem'), 'strict');
    assert.equal(one('Service.ReadWritePaths'), '/var/lib/manyi');
    assert.equal(one('Service.PrivateTmp'), 'yes');
    assert.equal(one('Service.ProtectHome'), 'yes');
    assert.equal(one('Service.CapabilityBoundingSet'), '');
    assert.equal(one('Service.UMask'), '0077');
    assert.equal(one('Service.StateDirectoryMode'), '0700');
    assert.ok(one('Service.User') && one('Service.User') !== 'root');
    assert.match(one('Service.Environment') ?? '', /MANYI_DEMO=false/);
    assert.equal(keys.get('Service.MemoryDenyWriteExecute'), undefined, "V8's JIT needs it off");
  });

  test('passes systemd-analyze verify where systemd is installed', {
    skip: existsSync('/usr/bin/systemd-analyze') ? undefined : 'no systemd-analyze here',
  }, () => {
    const verified = spawnSync('systemd-analyze', ['verify', file], { encoding: 'utf8' });
    // A machine without Node at /usr/bin/node reports only that; the unit itself must be clean.
    const problems = `${verified.stdout}${verified.stderr}`
      .split('\n')
      .filter((line) => line.trim() !== '' && !line.includes('/usr/bin/node'));
    assert.deepEqual(problems, []);
  });
});
