import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';

/** Written while a collector serves an SQLite data directory, so `restore` can refuse to swap the database under it. */
export const LOCK_FILE = 'collector.lock';

interface LockContent {
  pid: number;
  host: string;
  startedAt: string;
}

/** Marks the data directory as served by this process; `release` removes the mark if it is still ours. */
export function markServing(dataDir: string): { release(): void } {
  const file = join(dataDir, LOCK_FILE);
  const mine: LockContent = { pid: process.pid, host: hostname(), startedAt: new Date().toISOString() };
  writeFileSync(file, `${JSON.stringify(mine)}\n`, { mode: 0o600 });
  return {
    release() {
      if (readLock(file)?.pid === process.pid) rmSync(file, { force: true });
    },
  };
}

function readLock(file: string): LockContent | undefined {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as LockContent;
  } catch {
    return undefined;
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'; // exists, owned by another user
  }
}

/**
 * Why a collector seems to be serving the data directory, or undefined. A mark left by a collector
 * that was killed (its process gone on this host) does not count; one from another host does,
 * since its process cannot be checked from here.
 */
export function servingCollector(dataDir: string): string | undefined {
  const file = join(dataDir, LOCK_FILE);
  const lock = readLock(file);
  if (!lock) return undefined;
  if (lock.host === hostname() && lock.pid !== process.pid && !alive(lock.pid)) return undefined;
  return `a collector (process ${lock.pid} on ${lock.host}, started ${lock.startedAt}) is serving ${dataDir}: stop it first (if it is gone, delete ${file})`;
}
