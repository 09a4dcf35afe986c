import { type AppOptions, createApp } from '../app.js';
import { hashSecret } from '../credentials.js';
import { DEMO_STATION } from '../demo.js';
import { silentLogger } from '../log.js';
import { SqliteStore } from '../store/sqlite.js';

/**
 * A collector in memory holding the demo station, answering `adminToken`, quiet in the log;
 * `options` add to or replace what the app is given.
 */
export async function demoCollector(adminToken: string, options: Partial<AppOptions> = {}) {
  const store = new SqliteStore(':memory:');
  await store.migrate();
  await store.stations.create(DEMO_STATION);
  const app = createApp({ store, adminTokenHash: hashSecret(adminToken), log: silentLogger, ...options });
  return { store, app };
}
