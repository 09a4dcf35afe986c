import { chmodSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

// Only the collector's own files: a data directory pointed at a shared folder keeps the rest as it was.
const COLLECTOR_FILE = /^(admin-token|collector\.lock|manyi\.sqlite(-wal|-shm|-journal)?)$/;

const octal = (mode: number) => `0${mode.toString(8)}`;

/** Takes group and other permissions off `path`; says so, or warns when it cannot (another owner). */
function tighten(path: string, private_: number, report: (line: string) => void): void {
  const current = statSync(path).mode & 0o777;
  const tightened = current & private_;
  if (current === tightened) return;
  try {
    chmodSync(path, tightened);
    report(`tightened ${path} from ${octal(current)} to ${octal(tightened)}`);
  } catch (error) {
    report(`warning: ${path} is ${octal(current)}, open to other users, and could not be tightened: ${(error as Error).message}`);
  }
}

/**
 * Keeps the data directory private to the collector's user: the directory 0700, every file in it
 * 0600 (the SQLite database with its -wal and -shm, the admin token). Looser modes — from an older
 * collector, a copy, or a umask of 022 — are tightened, each one reported. Call it again once the
 * database exists: SQLite creates its file 0644, and later -wal and -shm files take that file's mode.
 */
export function keepDataDirPrivate(dir: string, report: (line: string) => void): void {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  tighten(dir, 0o700, report);
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isFile() && COLLECTOR_FILE.test(entry.name)) tighten(join(dir, entry.name), 0o600, report);
  }
}
