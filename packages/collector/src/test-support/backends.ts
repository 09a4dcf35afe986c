import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PostgresStore } from '../store/postgres.js';
import { SqliteStore } from '../store/sqlite.js';
import type { Store } from '../store/store.js';
import { postgresSkip, throwawayDatabase } from './postgres-database.js';

export interface Backend {
  name: 'SQLite' | 'PostgreSQL';
  /** Why this backend cannot run here, or undefined when it can. */
  skip?: string;
  /** A new, empty, migrated database and a way to open more collectors on it. */
  fresh(): Promise<{
    store: Store;
    another(): Promise<Store>;
    /** The SQLite file or the PostgreSQL database URL, for a test that reads the stored rows themselves. */
    location: string;
    dispose(): Promise<void>;
  }>;
}

const PG_URL = process.env.MANYI_TEST_DATABASE_URL;

/** Stores opened on one database, each migrated, so a backend's dispose can close every one of them. */
function migratedStores(make: () => Store) {
  const opened: Store[] = [];
  return {
    async open(): Promise<Store> {
      const store = make();
      opened.push(store);
      await store.migrate();
      return store;
    },
    async closeAll(): Promise<void> {
      for (const store of opened) await store.close();
    },
  };
}

/**
 * Both storage backends for one suite. `npm test` always provides PostgreSQL (a throwaway
 * cluster); run directly without MANYI_TEST_DATABASE_URL the PostgreSQL half is skipped, except
 * under CI or `npm test` where a missing database is a failure (see postgresSkip).
 */
export function backends(): Backend[] {
  const skip = postgresSkip();
  return [
    {
      name: 'SQLite',
      async fresh() {
        const dir = mkdtempSync(join(tmpdir(), 'manyi-sqlite-'));
        const file = join(dir, 'manyi.sqlite');
        const stores = migratedStores(() => new SqliteStore(file));
        return {
          store: await stores.open(),
          another: stores.open,
          location: file,
          async dispose() {
            await stores.closeAll();
            rmSync(dir, { recursive: true, force: true });
          },
        };
      },
    },
    {
      name: 'PostgreSQL',
      skip,
      async fresh() {
        const database = await throwawayDatabase(PG_URL as string);
        const stores = migratedStores(() => new PostgresStore(database.url));
        return {
          store: await stores.open(),
          another: stores.open,
          location: database.url,
          async dispose() {
            await stores.closeAll();
            await database.drop();
          },
        };
      },
    },
  ];
}
