import { spawnSync } from 'node:child_process';

/** A PostgreSQL client program's run: its exit status and what it wrote. */
export interface ToolRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Whether a PostgreSQL client program (pg_dump, pg_restore) is on PATH. */
export function onPath(tool: string): boolean {
  const probe = spawnSync(tool, ['--version'], { encoding: 'utf8' });
  return !probe.error && probe.status === 0;
}

/**
 * Runs pg_dump or pg_restore against `databaseUrl` with the password in PGPASSWORD, not on the
 * command line (where `ps` shows it to every user), and a umask that keeps what it writes private.
 */
export function runTool(tool: string, args: readonly string[], databaseUrl?: string): ToolRun {
  const env = { ...process.env };
  const extra: string[] = [];
  if (databaseUrl) {
    const url = new URL(databaseUrl);
    if (url.password) env.PGPASSWORD = decodeURIComponent(url.password);
    url.password = '';
    extra.push(`--dbname=${url.toString()}`);
  }
  const umask = process.umask(0o077);
  try {
    const run = spawnSync(tool, [...args, ...extra], { encoding: 'utf8', env, maxBuffer: 64 * 1024 * 1024 });
    if (run.error) throw run.error;
    return { status: run.status, stdout: run.stdout, stderr: run.stderr };
  } finally {
    process.umask(umask);
  }
}

/** The command an operator runs where the collector cannot: the URL stays a variable, never printed. */
export const DUMP_COMMAND = (out: string) => `pg_dump --format=custom --no-owner --file=${JSON.stringify(out)} "$DATABASE_URL"`;
export const RESTORE_COMMAND = (from: string) =>
  `pg_restore --no-owner --exit-on-error --single-transaction --dbname="$DATABASE_URL" ${JSON.stringify(from)}`;
