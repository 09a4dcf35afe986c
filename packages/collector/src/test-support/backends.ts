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
        const opened: Store[] = [];
        const open = async () => {
          const s = new SqliteStore(file);
          opened.push(s);
          await s.migrate();
          return s;
        };
        const store = await open();
        return {
          store,
          another: open,
          location: file,
          async dispose() {
            for (const s of opened) await s.close();
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
        const opened: Store[] = [];
        const open = async () => {
          const s = new PostgresStore(database.url);
          opened.push(s);
          await s.migrate();
          return s;
        };
        const store = await open();
        return {
          store,
          another: open,
          location: database.url,
          async dispose() {
            for (const s of opened) await s.close();
            await database.drop();
          },
        };
      },
    },
  ];
}
