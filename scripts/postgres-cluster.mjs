// A throwaway PostgreSQL cluster for the storage tests: own data folder, a free loopback port
// (never 5432), trust auth on loopback only, removed afterwards.
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { aptInstall, canAptInstall } from './find-browser.mjs';

const CLUSTER_USER = 'manyi-pg';

// Root's tools live in sbin, which a PATH set for a plain user may leave out.
const sbin = (name) => ['/usr/sbin', '/sbin'].map((dir) => join(dir, name)).find(existsSync) ?? name;

function serverBinDir() {
  const candidates = [];
  if (process.env.PG_BIN) candidates.push(process.env.PG_BIN);
  const pgConfig = spawnSync('pg_config', ['--bindir'], { encoding: 'utf8' });
  if (pgConfig.status === 0) candidates.push(pgConfig.stdout.trim());
  if (existsSync('/usr/lib/postgresql')) {
    const versions = readdirSync('/usr/lib/postgresql').sort((a, b) => Number(b) - Number(a));
    for (const v of versions) candidates.push(`/usr/lib/postgresql/${v}/bin`);
  }
  return candidates.find((dir) => existsSync(join(dir, 'initdb')) && existsSync(join(dir, 'pg_ctl')));
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => (port === 5432 ? freePort().then(resolve, reject) : resolve(port)));
    });
  });
}

/**
 * Starts a cluster; resolves to { url, stop() }. Throws with what to install when it cannot.
 * Tests run it with fsync off (nothing to keep); `durable` keeps fsync on, for benchmarks.
 */
export async function startPostgres({ durable = false } = {}) {
  let bin = serverBinDir();
  if (!bin && canAptInstall()) {
    aptInstall(['postgresql']);
    bin = serverBinDir();
  }
  if (!bin) {
    throw new Error(
      'No PostgreSQL server found for the storage tests. Install it (Debian/Ubuntu: `sudo apt-get install postgresql`), ' +
        'or set PG_BIN to the folder holding initdb and pg_ctl, or set MANYI_TEST_DATABASE_URL to a database the tests may fill.',
    );
  }
  const dir = mkdtempSync(join(tmpdir(), 'manyi-pg-'));
  const data = join(dir, 'data');
  // initdb refuses to run as root: run the cluster as an unprivileged user.
  const asRoot = process.getuid?.() === 0;
  let wrap = (cmd, args) => [cmd, args];
  if (asRoot) {
    if (spawnSync('id', ['-u', CLUSTER_USER], { stdio: 'ignore' }).status !== 0) {
      execFileSync(sbin('useradd'), ['--system', '--no-create-home', '--shell', '/usr/sbin/nologin', CLUSTER_USER]);
    }
    const uid = Number(execFileSync('id', ['-u', CLUSTER_USER], { encoding: 'utf8' }).trim());
    const gid = Number(execFileSync('id', ['-g', CLUSTER_USER], { encoding: 'utf8' }).trim());
    chownSync(dir, uid, gid);
    chmodSync(dir, 0o700);
    wrap = (cmd, args) => [sbin('runuser'), ['-u', CLUSTER_USER, '--', cmd, ...args]];
  }
  const exec = (tool, args) => {
    const [cmd, full] = wrap(join(bin, tool), args);
    execFileSync(cmd, full, { stdio: ['ignore', 'ignore', 'pipe'] });
  };
  const port = await freePort();
  exec('initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '--no-sync', '-E', 'UTF8', '--locale=C']);
  // Durable: commits fsync as on a real server. A server that has run a while reuses its WAL files;
  // a new cluster instead creates and zero-fills a 16 MB one every ~20,000 ratings (~80 ms on these
  // disks, with every commit waiting), so it does not zero-fill (wal_init_zero=off), as on a
  // copy-on-write file system. What is committed is still on disk before the answer.
  const durability = durable ? '-c fsync=on -c wal_init_zero=off' : '-c fsync=off';
  const options = `-c listen_addresses=127.0.0.1 -p ${port} -k ${dir} ${durability} -c max_connections=60`;
  exec('pg_ctl', ['-D', data, '-o', options, '-l', join(dir, 'server.log'), '-w', 'start']);
  let stopped = false;
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    stop() {
      if (stopped) return;
      stopped = true;
      try {
        exec('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
