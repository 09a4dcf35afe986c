// Finds Chromium for the browser tests: CHROME_PATH, then /usr/bin/chromium; as root with apt,
// installs Debian's chromium; otherwise stops and says what to install.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

function works(path) {
  return existsSync(path) && spawnSync(path, ['--version'], { encoding: 'utf8', timeout: 20_000 }).status === 0;
}

const isRoot = () => process.getuid?.() === 0;
const hasApt = () => spawnSync('apt-get', ['--version'], { stdio: 'ignore' }).status === 0;

export function aptInstall(packages) {
  console.log(`installing ${packages.join(' ')} with apt-get (Debian's packages)`);
  execFileSync('apt-get', ['update', '-qq'], { stdio: ['ignore', 'ignore', 'inherit'] });
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...packages], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
}

export function canAptInstall() {
  return isRoot() && hasApt();
}

/** The path of a working Chromium, or throws with the exact thing to install. */
export function findBrowser() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (works(fromEnv)) return fromEnv;
    throw new Error(`CHROME_PATH=${fromEnv} does not run. Point CHROME_PATH at a Chromium or Chrome binary.`);
  }
  for (const path of CANDIDATES) if (works(path)) return path;
  if (canAptInstall()) {
    aptInstall(['chromium']);
    if (works('/usr/bin/chromium')) return '/usr/bin/chromium';
  }
  throw new Error(
    'No Chromium found for the browser tests. Install it (Debian/Ubuntu: `sudo apt-get install chromium`) ' +
      'or set CHROME_PATH to a Chromium or Chrome binary, then run `npm test` again.',
  );
}
