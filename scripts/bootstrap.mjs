#!/usr/bin/env node
// `npm start` / `npm test` on a machine that has only Node.js: brings a recent Node and the
// pinned pnpm into .tools/ when needed, installs the locked dependencies, builds, then runs.
// Plain JavaScript that runs on old Node versions on purpose: it is what upgrades them.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const tools = join(root, '.tools');
const MIN_NODE = [22, 13];
const FETCHED_NODE = 'node@24';
const [command = 'start', ...rest] = process.argv.slice(2);

function recentEnough(version) {
  const [major, minor] = version.replace(/^v/, '').split('.').map(Number);
  return major > MIN_NODE[0] || (major === MIN_NODE[0] && minor >= MIN_NODE[1]);
}

function fail(message) {
  console.error(`\n${message}`);
  process.exit(1);
}

function run(cmd, args, options = {}) {
  const result = spawnSync(cmd, args, { stdio: 'inherit', cwd: root, ...options });
  if (result.error) fail(`could not run ${cmd}: ${result.error.message}`);
  if (result.status !== 0) fail(`${cmd} ${args.join(' ')} failed (exit ${result.status ?? result.signal})`);
}

/** npm-installs one package into its own folder under .tools/. */
function installTool(folder, spec) {
  const prefix = join(tools, folder);
  mkdirSync(prefix, { recursive: true });
  if (!existsSync(join(prefix, 'package.json'))) writeFileSync(join(prefix, 'package.json'), '{"private":true}\n');
  run('npm', ['install', '--prefix', prefix, '--no-audit', '--no-fund', '--loglevel=error', spec], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  return prefix;
}

/** Runs a child to completion, handing Ctrl-C and SIGTERM to it, and exits with its code. */
function handOver(cmd, args, env) {
  const child = spawn(cmd, args, { stdio: 'inherit', cwd: root, env });
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => process.exit(code ?? (signal === 'SIGINT' ? 130 : 1)));
}

// 1. A Node new enough for node:sqlite, the test runner and the toolchain.
if (!recentEnough(process.versions.node)) {
  const nodeBin = join(tools, 'node', 'node_modules', 'node', 'bin', 'node');
  const have = existsSync(nodeBin) ? spawnSync(nodeBin, ['--version'], { encoding: 'utf8' }).stdout?.trim() : '';
  if (have && recentEnough(have)) {
    console.log(`Node ${process.versions.node} is older than ${MIN_NODE.join('.')}: continuing under Node ${have} from .tools/node`);
  } else {
    console.log(
      `Node ${process.versions.node} is older than ${MIN_NODE.join('.')}: fetching Node 24 LTS from the npm registry into .tools/node`,
    );
    installTool('node', FETCHED_NODE);
  }
  const env = { ...process.env, PATH: `${dirname(nodeBin)}${delimiter}${process.env.PATH}` };
  handOver(nodeBin, [fileURLToPath(import.meta.url), command, ...rest], env);
} else {
  main();
}

function main() {
  // 2. The pnpm the repository pins, on PATH for everything below.
  const pinned = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).packageManager;
  const pnpmVersion = pinned.split('@')[1];
  const pnpmDir = join(tools, 'pnpm');
  const pnpmPkg = join(pnpmDir, 'node_modules', 'pnpm', 'package.json');
  const havePnpm = existsSync(pnpmPkg) ? JSON.parse(readFileSync(pnpmPkg, 'utf8')).version : '';
  if (havePnpm !== pnpmVersion) {
    console.log(`installing pnpm ${pnpmVersion} into .tools/pnpm`);
    installTool('pnpm', `pnpm@${pnpmVersion}`);
  }
  const binDir = join(pnpmDir, 'node_modules', '.bin');
  const env = {
    ...process.env,
    PATH: [dirname(process.execPath), binDir, process.env.PATH].join(delimiter),
    // pnpm must not try to fetch another pnpm, nor ask questions.
    npm_config_manage_package_manager_versions: 'false',
    COREPACK_ENABLE_STRICT: '0',
  };
  const pnpm = (args, options) => run(join(binDir, 'pnpm'), args, { env, ...options });

  // 3. The locked dependencies, then a build of every package and the kiosk.
  pnpm(['install', '--frozen-lockfile', '--prefer-offline', '--reporter=silent']);
  pnpm(['run', '--silent', 'build:all']);

  // 4. The command itself.
  if (command === 'start') handOver(process.execPath, [join(root, 'packages/collector/dist/cli.js'), 'start', ...rest], env);
  else if (command === 'test') handOver(process.execPath, [join(root, 'scripts/test.mjs'), ...rest], env);
  else if (command === 'bench') handOver(process.execPath, [join(root, 'scripts/bench.mjs'), ...rest], env);
  else if (command !== 'build') fail(`unknown command "${command}": use start, test, build or bench`);
}
