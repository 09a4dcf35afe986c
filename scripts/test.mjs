// `npm test`: every check and suite, in the order that fails fastest. Runs after bootstrap.mjs
// has installed and built everything. Exit code 0 only when all of them passed.
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findBrowser } from './find-browser.mjs';
import { startPostgres } from './postgres-cluster.mjs';
import { judgeCounts } from './test-counts.mjs';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const bin = (name) => join(root, 'node_modules', '.bin', name);

const failures = [];
/** Runs one step; `counted` (test-file groups) makes its counts written to a file part of the verdict. */
function step(name, cmd, args, env = {}, counted = undefined) {
  const started = Date.now();
  console.log(`\n▶ ${name}`);
  const result = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const problems = counted ? judgeCounts(root, COUNTS, counted) : [];
  for (const problem of problems) console.log(`  ✘ ${problem}`);
  if (result.status === 0 && problems.length === 0) console.log(`✔ ${name} (${seconds} s)`);
  else {
    console.log(`✘ ${name} failed (${seconds} s)`);
    failures.push(name);
  }
}

// The browser and the database are needed by the suites below: missing either is a failure, never a skip.
let chrome;
let postgres;
try {
  chrome = findBrowser();
  console.log(`browser: ${chrome}`);
  if (process.env.MANYI_TEST_DATABASE_URL) console.log('PostgreSQL: MANYI_TEST_DATABASE_URL');
  else {
    postgres = await startPostgres();
    console.log(`PostgreSQL: throwaway cluster at ${postgres.url}`);
  }
} catch (error) {
  console.error(`\n${error.message}`);
  postgres?.stop();
  process.exit(1);
}
const stopPostgres = () => postgres?.stop();
process.on('exit', stopPostgres);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(130));

// MANYI_REQUIRE_ALL: a test that cannot run here (no database) fails instead of skipping.
const env = { CHROME_PATH: chrome, MANYI_TEST_DATABASE_URL: process.env.MANYI_TEST_DATABASE_URL || postgres.url, MANYI_REQUIRE_ALL: '1' };
// Where each runner's counting reporter writes how many tests ran per file, read by the gate.
const COUNTS = join(mkdtempSync(join(tmpdir(), 'manyi-test-counts-')), 'counts.json');

try {
  step('format and lint (biome)', bin('biome'), ['ci', '.']);
  step('types (tsc)', bin('tsc'), ['-b']);
  step('types of the kiosk', bin('tsc'), ['-p', 'kiosk']);
  step('types of the dashboard', bin('tsc'), ['-p', 'packages/dashboard']);
  step('types of test/', bin('tsc'), ['-p', 'test']);
  step('types of bench/', bin('tsc'), ['-p', 'bench']);
  step('packages as published (pack, contents, publint, arethetypeswrong, collector tarball)', process.execPath, [
    'scripts/check-packages.mjs',
  ]);
  // Each group of test files must run tests and skip none: a pattern matching nothing passes otherwise.
  step(
    'browser tests (web-test-runner, Chromium)',
    bin('wtr'),
    ['--config', 'scripts/wtr-counted.config.mjs'],
    { ...env, MANYI_TEST_COUNTS: COUNTS },
    { outbox: 'packages/outbox/dist-test', elements: 'packages/elements/dist-test' },
  );
  // Last, so its closing summary is the last thing printed.
  step(
    'unit, storage and end-to-end tests (node --test)',
    process.execPath,
    [
      '--test',
      '--test-reporter=spec',
      '--test-reporter-destination=stdout',
      '--test-reporter=./scripts/node-test-counts.mjs',
      `--test-reporter-destination=${COUNTS}`,
      '--test-concurrency=1',
      'packages/core/dist-test/**/*.test.js',
      'packages/collector/dist-test/**/*.test.js',
      'test/**/*.test.ts',
    ],
    env,
    { core: 'packages/core/dist-test', collector: 'packages/collector/dist-test', 'test/': 'test' },
  );
} finally {
  stopPostgres();
}

if (failures.length > 0) {
  console.log(`\nnpm test: ${failures.length} step(s) failed: ${failures.join('; ')}`);
  process.exit(1);
}
console.log('\nnpm test: every step passed');
