// The two databases a collector process can run on, for the suites that start, kill and restart
// collector processes: each batch's atomicity must hold on PostgreSQL as well as on SQLite.
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { freshDatabase, postgresSkip, queryRows } from './postgres.ts';

export interface CollectorDatabase {
  name: 'SQLite' | 'PostgreSQL';
  /** Why it cannot run here, or undefined when it can. */
  skip?: string | undefined;
  /** A new database for collectors whose data directory is `dataDir`. */
  fresh(dataDir: string): Promise<{
    /** What a collector process needs in its environment to use it. */
    env: Record<string, string>;
    /** The ids of the records stored, read as the next collector to start would. */
    storedIds(): Promise<Set<string>>;
    drop(): Promise<void>;
  }>;
}

export function collectorDatabases(): CollectorDatabase[] {
  return [
    {
      name: 'SQLite',
      async fresh(dataDir) {
        return {
          env: {},
          async storedIds() {
            const db = new DatabaseSync(join(dataDir, 'manyi.sqlite'));
            try {
              return new Set(
                db
                  .prepare('SELECT id FROM records')
                  .all()
                  .map((row) => String(row.id)),
              );
            } finally {
              db.close();
            }
          },
          async drop() {},
        };
      },
    },
    {
      name: 'PostgreSQL',
      skip: postgresSkip(),
      async fresh() {
        const database = await freshDatabase();
        return {
          env: { DATABASE_URL: database.url },
          async storedIds() {
            return new Set((await queryRows(database.url, 'SELECT id FROM records')).map((row) => String(row.id)));
          },
          drop: () => database.drop(),
        };
      },
    },
  ];
}
