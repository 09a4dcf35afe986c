import type { CollectorConfig } from './config.js';
import { openStore } from './store/open.js';

/**
 * `manyi-collector migrate [--status]`: brings the schema up to date, or with --status lists the
 * applied and pending migrations and changes nothing. Exit 1 when the database is newer than this
 * collector (the message names both versions).
 */
export async function runMigrate(config: CollectorConfig, statusOnly: boolean): Promise<number> {
  const store = openStore(config);
  try {
    if (!statusOnly) {
      await store.migrate();
      console.log('database schema is up to date');
      return 0;
    }
    const status = await store.migrationStatus();
    console.log(`database (${store.kind}): schema version ${status.databaseVersion}; this collector: schema version ${status.codeVersion}`);
    for (const m of status.applied) console.log(`  applied  ${m.version}  ${m.name}  (${m.appliedAt})`);
    for (const m of status.pending) console.log(`  pending  ${m.version}  ${m.name}`);
    if (status.databaseVersion > status.codeVersion) {
      console.log('the database is newer than this collector: it will not start on it; run the newer collector');
      return 1;
    }
    console.log(
      status.pending.length ? 'run `manyi-collector migrate` (or start the collector) to apply the pending ones' : 'nothing pending',
    );
    return 0;
  } finally {
    await store.close();
  }
}
