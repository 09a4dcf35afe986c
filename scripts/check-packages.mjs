// Packaging checks for the four published packages, run by `npm test` after the build. Each package
// is packed as npm would publish it (`pnpm pack`, which also runs the collector's prepack), then:
// its contents (dist and README in; tests, test support and sources out; every export and bin
// present), publint, arethetypeswrong, a TypeScript consumer of the React and Vue tag types, and the
// collector started from its own tarball. Offline: nothing here may reach the network, and the
// type checker is told so by a dead proxy.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const work = join(root, '.test-tmp', 'check-packages');
const PACKAGES = ['core', 'outbox', 'elements', 'collector'];
// Any request that tries to leave the machine fails at once instead of hanging or succeeding.
const OFFLINE = {
  NODE_USE_ENV_PROXY: '1',
  HTTPS_PROXY: 'http://127.0.0.1:9',
  HTTP_PROXY: 'http://127.0.0.1:9',
  npm_config_offline: 'true',
};

const problems = [];
const started = performance.now();
const elapsed = () => `${((performance.now() - started) / 1000).toFixed(1)} s`;
const fail = (pkg, message) => problems.push(`${pkg}: ${message}`);

function run(cmd, args, options = {}) {
  const result = spawnSync(cmd, args, { encoding: 'utf8', env: { ...process.env, ...OFFLINE }, ...options });
  return { ok: result.status === 0, out: `${result.stdout ?? ''}${result.stderr ?? ''}`.trim() };
}

/** Like run(), without blocking: packing, type checks and the tarball run overlap. */
function runAsync(cmd, args, options = {}) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { env: { ...process.env, ...OFFLINE }, ...options });
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
    });
    child.stderr.on('data', (chunk) => {
      out += chunk;
    });
    child.once('error', (error) => resolve({ ok: false, out: error.message }));
    child.once('close', (code) => resolve({ ok: code === 0, out: out.trim() }));
  });
}

/** `pnpm pack` into the work folder: the tarball's path, or undefined after recording why not. */
async function pack(dir) {
  const packed = await runAsync('pnpm', ['pack', '--pack-destination', join(work, 'packs')], { cwd: join(root, 'packages', dir) });
  const tarball = packed.out.split('\n').findLast((line) => line.endsWith('.tgz'));
  if (!packed.ok || !tarball) fail(dir, `pnpm pack failed:\n${packed.out}`);
  return packed.ok ? tarball : undefined;
}

function tarballFiles(tarball) {
  const listed = run('tar', ['-tzf', tarball]);
  return listed.out.split('\n').map((line) => line.replace(/^package\//, ''));
}

/** Every file a consumer can reach through `exports` or `bin`. */
function reachableTargets(manifest) {
  const targets = [];
  const walk = (value) => {
    if (typeof value === 'string') targets.push(value.replace(/^\.\//, ''));
    else if (value && typeof value === 'object') for (const v of Object.values(value)) walk(v);
  };
  walk(manifest.exports);
  walk(manifest.bin);
  if (manifest.customElements) targets.push(manifest.customElements);
  return targets;
}

function checkContents(dir, tarball, files, manifest) {
  const has = new Set(files);
  for (const required of ['package.json', 'README.md']) if (!has.has(required)) fail(dir, `${required} is not in the tarball`);
  if (!files.some((f) => f.startsWith('dist/'))) fail(dir, 'dist/ is not in the tarball: build before packing');
  for (const target of reachableTargets(manifest))
    if (!has.has(target)) fail(dir, `${target} is named in package.json but not in the tarball`);
  const unwanted = files.filter((f) => /\.test\.|(^|\/)test-support\/|^src\/|\.tsbuildinfo$/.test(f));
  if (unwanted.length > 0) fail(dir, `the tarball holds tests, test support or sources: ${unwanted.slice(0, 5).join(', ')}`);
  const exportKeys = Object.values(manifest.exports ?? {}).filter((entry) => typeof entry === 'object');
  for (const entry of exportKeys)
    if (Object.keys(entry)[0] !== 'types') fail(dir, `an exports entry lists ${Object.keys(entry)[0]} before types`);
  for (const [field, deps] of Object.entries({ dependencies: manifest.dependencies, peerDependencies: manifest.peerDependencies })) {
    for (const [name, range] of Object.entries(deps ?? {}))
      if (range.startsWith('workspace:')) fail(dir, `${field}.${name} is still ${range}`);
  }
  for (const bin of Object.values(manifest.bin ?? {})) {
    const script = run('tar', ['-xzOf', tarball, `package/${bin.replace(/^\.\//, '')}`]).out;
    if (!script.startsWith('#!/usr/bin/env node')) fail(dir, `${bin} does not start with #!/usr/bin/env node: the command would not run`);
  }
  if (dir === 'collector') {
    for (const front of ['public/kiosk/index.html', 'public/admin/index.html', 'public/docs/index.html'])
      if (!has.has(front)) fail(dir, `${front} is missing: the collector would serve no front end`);
  }
}

async function checkPublint(dir, tarball) {
  const data = readFileSync(tarball);
  const { messages, pkg } = await publint({
    pack: { tarball: data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) },
    level: 'suggestion',
    strict: true,
  });
  for (const message of messages) fail(dir, `publint ${message.type}: ${formatMessage(message, pkg, { color: false })}`);
}

async function checkTypesResolve(dir, tarball) {
  // ESM-only packages: node10 and require() from CommonJS are out of scope by design.
  const attw = await runAsync(join(root, 'node_modules', '.bin', 'attw'), [
    tarball,
    '--profile',
    'esm-only',
    '--no-definitely-typed',
    '--format',
    'ascii',
    '--no-color',
  ]);
  if (!attw.ok) fail(dir, `arethetypeswrong:\n${attw.out}`);
}

/** Unpacks the tarballs as an install would, linking third-party dependencies from the workspace. */
function install(tarballs) {
  const modules = join(work, 'consumer', 'node_modules');
  for (const [dir, tarball] of Object.entries(tarballs)) {
    const target = join(modules, '@manyi', dir);
    mkdirSync(target, { recursive: true });
    run('tar', ['-xzf', tarball, '-C', target, '--strip-components=1']);
    const manifest = JSON.parse(readFileSync(join(target, 'package.json'), 'utf8'));
    for (const name of Object.keys(manifest.dependencies ?? {})) {
      if (name.startsWith('@manyi/')) continue; // found as a sibling tarball
      const link = join(target, 'node_modules', name);
      mkdirSync(dirname(link), { recursive: true });
      symlinkSync(join(root, 'packages', dir, 'node_modules', name), link);
    }
  }
  return join(work, 'consumer');
}

// A React 19 and a Vue 3 consumer of all five tags, and of the single-file bundle: right uses
// compile, wrong ones must be refused.
const CONSUMER = `import type {} from '@manyi/elements/jsx';
import type {} from '@manyi/elements/vue';
import type { GlobalComponents } from 'vue';
import '@manyi/elements/manyi-elements.js';

// The single-file bundle registers the tags for typed DOM code too.
export const created: 3 | 4 | 5 = document.createElement('manyi-rating-pad').scale;

export const pad = (
  <manyi-rating-pad
    scale={5}
    station="demo"
    service-item="x"
    thankYouMs={2000}
    onmanyi-rated={(event) => event.detail.record.id}
    onmanyi-error={(event) => event.detail.error}
  />
);
export const form = <manyi-complaint-form endpoint="/api/v1/public/complaints" onmanyi-complaint-submitted={(e) => e.detail.trackingNo.length} />;
export const board = <manyi-commitment-board mode="signage" perPage={2} onmanyi-commitments-loaded={(e) => e.detail.count} />;
export const checklist = <manyi-notice-checklist mode="clerk" paper="A5" onmanyi-self-check-change={(e) => e.detail.missing.length} />;
export const results = (
  <manyi-satisfaction-board
    endpoint="/api/v1/public"
    station="demo"
    layout="compact"
    onmanyi-results-loaded={(e) => e.detail.month}
    onchange={(e) => e.type}
  />
);
// @ts-expect-error the satisfaction board's layouts are list and compact
export const wrongLayout = <manyi-satisfaction-board layout="grid" />;
// @ts-expect-error a scale has 3, 4 or 5 faces
export const wrongScale = <manyi-rating-pad scale={7} />;
// @ts-expect-error manyi-rated carries a record, not a tracking number
export const wrongDetail = <manyi-rating-pad onmanyi-rated={(e) => e.detail.trackingNo} />;
// @ts-expect-error the notice checklist has no such mode
export const wrongMode = <manyi-notice-checklist mode="kiosk" />;

type PadProps = InstanceType<GlobalComponents['manyi-rating-pad']>['$props'];
export const vuePad: PadProps = { scale: 3, station: 'demo', onManyiRated: (event) => event.detail.record.level };
// @ts-expect-error Vue props are checked too
export const vueWrong: PadProps = { scale: 6 };
type FormProps = InstanceType<GlobalComponents['manyi-complaint-form']>['$props'];
export const vueForm: FormProps = { endpoint: '/api', onManyiComplaintSubmitted: (event) => event.detail.trackingNo };
`;

async function checkFrameworkTypes(consumer) {
  writeFileSync(join(consumer, 'consumer.tsx'), CONSUMER);
  writeFileSync(
    join(consumer, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        strict: true,
        noEmit: true,
        jsx: 'react-jsx',
        module: 'esnext',
        moduleResolution: 'bundler',
        target: 'es2022',
        lib: ['es2023', 'dom', 'dom.iterable'],
        types: [],
        skipLibCheck: true,
      },
      files: ['consumer.tsx'],
    }),
  );
  const tsc = await runAsync(join(root, 'node_modules', '.bin', 'tsc'), ['-p', consumer]);
  if (!tsc.ok) fail('elements', `the React/Vue tag types do not check:\n${tsc.out}`);
}

/** Ctrl-C, as an operator would; it must exit 0 within 15 s. A collector that never started is left alone. */
async function stopCollector(child) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGINT');
  const code = await Promise.race([exited, new Promise((resolve) => setTimeout(() => resolve('timeout'), 15_000).unref())]);
  if (code !== 0) {
    child.kill('SIGKILL');
    fail('collector', `Ctrl-C did not stop the tarball's collector cleanly (${code})`);
  }
}

/** The collector's CLI from its tarball: migrates, starts, serves health, kiosk and dashboard, stops on SIGINT. */
async function checkCollectorRuns(consumer) {
  const cli = join(consumer, 'node_modules', '@manyi', 'collector', 'dist', 'cli.js');
  const env = { ...process.env, PORT: '0', HOST: '127.0.0.1', MANYI_DATA_DIR: join(work, 'data'), DATABASE_URL: '' };
  const migrate = await runAsync(process.execPath, [cli, 'migrate'], { env });
  if (!migrate.ok) return fail('collector', `manyi-collector migrate failed from the tarball:\n${migrate.out}`);
  const child = spawn(process.execPath, [cli, 'start'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  try {
    const url = await new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('no "listening on" line within 15 s')), 15_000).unref();
      const onData = (chunk) => {
        output += chunk;
        const found = /listening on (http:\/\/\S+)/.exec(output);
        if (found) {
          clearTimeout(timer);
          resolve(found[1]);
        }
      };
      child.stdout.on('data', onData);
      child.stderr.on('data', onData);
      child.once('exit', (code) => reject(new Error(`exited with ${code}`)));
    });
    for (const [path, expected] of [
      ['/healthz', '"status":"ok"'],
      ['/kiosk/', '<html'],
      ['/admin/', '<html'],
      ['/docs/', 'manyi-rating-pad.html'],
    ]) {
      const response = await fetch(`${url}${path}`);
      const body = await response.text();
      if (response.status !== 200 || !body.includes(expected))
        fail('collector', `GET ${path} from the tarball answered ${response.status}`);
    }
  } catch (error) {
    fail('collector', `the tarball's collector did not start: ${error.message}\n${output}`);
  } finally {
    await stopCollector(child);
  }
}

rmSync(work, { recursive: true, force: true });
mkdirSync(join(work, 'packs'), { recursive: true });
const tarballs = {};
await Promise.all(
  PACKAGES.map(async (dir) => {
    const tarball = await pack(dir);
    if (!tarball) return;
    tarballs[dir] = tarball;
    const files = tarballFiles(tarball);
    const manifest = JSON.parse(run('tar', ['-xzOf', tarball, 'package/package.json']).out);
    checkContents(dir, tarball, files, manifest);
    await Promise.all([checkPublint(dir, tarball), checkTypesResolve(dir, tarball)]);
    console.log(`${manifest.name}@${manifest.version}: ${files.length} files checked (${elapsed()})`);
  }),
);
if (Object.keys(tarballs).length === PACKAGES.length) {
  const consumer = install(tarballs);
  await Promise.all([
    checkFrameworkTypes(consumer).then(() => console.log(`React and Vue tag types checked (${elapsed()})`)),
    checkCollectorRuns(consumer).then(() => console.log(`collector started from its tarball (${elapsed()})`)),
  ]);
}

if (problems.length > 0) {
  console.error(`\n${problems.length} packaging problem(s):\n${problems.map((p) => `- ${p}`).join('\n')}`);
  process.exit(1);
}
console.log('packages: contents, publint, arethetypeswrong, React/Vue tag types and the collector tarball all pass');
