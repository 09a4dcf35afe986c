import { join } from 'node:path';
import type { CollectorConfig } from '../config.js';
import { PostgresStore } from './postgres.js';
import { SqliteStore } from './sqlite.js';
import type { Store } from './store.js';

/** PostgreSQL when DATABASE_URL is set, else embedded SQLite in the data directory. */
export function openStore(config: Pick<CollectorConfig, 'databaseUrl' | 'dataDir'>): Store {
  return config.databaseUrl ? new PostgresStore(config.databaseUrl) : new SqliteStore(join(config.dataDir, 'manyi.sqlite'));
}
