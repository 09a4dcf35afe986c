#!/usr/bin/env node
import { parseArgs } from 'node:util';
import { AUDIT_USAGE, runAudit } from './audit/audit-command.js';
import { runBackup, runRestore } from './backup/backup-commands.js';
import { configFromEnv } from './config.js';
import { issueEnrollmentCode } from './enrollment.js';
import { runExport } from './export/export-command.js';
import { runMigrate } from './migrate-command.js';
import { startCollector } from './server.js';
import { openStore } from './store/open.js';

const USAGE = `usage: manyi-collector <command>

  start [--no-demo]          run the collector (default); --no-demo as MANYI_DEMO=false: no demo
                             station and no secret printed (the admin token stays in its file)
  migrate [--status]         bring the database schema up to date and exit; --status lists the
                             applied and pending migrations and changes nothing
  backup --out FILE          a consistent copy of the data while the collector serves (SQLite:
                             online backup; PostgreSQL: pg_dump when it is on PATH), mode 0600
  restore --from FILE        replace the SQLite database with a checked backup (collector stopped),
                             or restore a pg_dump archive into an empty PostgreSQL database
  enroll-code --station ID   print a new single-use enrollment code for a station
  export --station ID [--from DATE] [--to DATE] [--kind rating|complaint] [--out FILE] [--include-personal]
                             write a station's ratings (default) or complaints as CSV (stdout
                             unless --out); complaint contact details only with --include-personal
${AUDIT_USAGE}

Settings come from the environment: PORT, HOST, MANYI_DATA_DIR, DATABASE_URL, MANYI_ADMIN_TOKEN,
MANYI_METRICS_TOKEN, MANYI_METRICS_PUBLIC, MANYI_CONTACT_RETENTION_DAYS, MANYI_AUDIT_RETENTION_DAYS, MANYI_TRUST_PROXY, MANYI_DEMO,
MANYI_LOG_LEVEL.`;

async function main(argv: string[]): Promise<number> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      station: { type: 'string' },
      from: { type: 'string' },
      to: { type: 'string' },
      kind: { type: 'string' },
      out: { type: 'string' },
      'include-personal': { type: 'boolean' },
      'no-demo': { type: 'boolean' },
      status: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const command = positionals[0] ?? 'start';
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const config = { ...configFromEnv(), ...(values['no-demo'] ? { demo: false } : {}) };
  switch (command) {
    case 'start': {
      const collector = await startCollector(config);
      await new Promise<void>((resolve) => {
        const stop = () => resolve();
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      });
      console.log('stopping: finishing requests in flight…');
      await collector.close();
      return 0;
    }
    case 'migrate':
      return runMigrate(config, values.status === true);
    case 'backup':
      return runBackup(config, values.out);
    case 'restore':
      return runRestore(config, values.from);
    case 'enroll-code': {
      if (!values.station) {
        console.error('enroll-code needs --station ID');
        return 2;
      }
      const store = openStore(config);
      try {
        await store.migrate();
        const { code, expiresAt } = await issueEnrollmentCode(store, values.station);
        console.log(`enrollment code: ${code}\nexpires at: ${expiresAt}`);
      } finally {
        await store.close();
      }
      return 0;
    }
    case 'export':
      return runExport(config, values);
    case 'audit':
      return runAudit(config, positionals[1]);
    default:
      console.error(`unknown command "${command}"\n\n${USAGE}`);
      return 2;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(`manyi-collector: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  },
);
