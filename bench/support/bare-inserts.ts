// The ceilings the collector's ingest rate is a share of: the same rows written to the same
// database by bare SQL, arranged as the collector writes at best, with no HTTP and no validation.
// Rows are made before the clock starts; `at` keeps each run's record ids apart from the others'.
import { once } from 'node:events';
import { createRequire } from 'node:module';
import type { SQLInputValue } from 'node:sqlite';
import { Worker } from 'node:worker_threads';
import { ratingBatch } from '../../test/support/batches.ts';
import { RECORD_COLUMNS, type RowValue, ratingRow } from './bare-rows.ts';
import type { WriterRequest } from './bare-sqlite-writer.ts';

function batchesOfRows(deviceId: string, batches: number, size: number, at: number): RowValue[][][] {
  const receivedAt = new Date().toISOString();
  return Array.from({ length: batches }, (_, b) =>
    ratingBatch(deviceId, size, at + b * size).records.map((record) => ratingRow(record, deviceId, receivedAt)),
  );
}

/** Runs `write` for every batch, `concurrency` at a time as that many kiosk connections would; rows/s. */
async function timed<T>(batches: readonly T[], size: number, concurrency: number, write: (batch: T) => Promise<void>): Promise<number> {
  let next = 0;
  const connection = async () => {
    while (next < batches.length) await write(batches[next++] as T);
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: concurrency }, connection));
  return (batches.length * size) / ((performance.now() - started) / 1000);
}

/**
 * SQLite as the collector writes it: a worker thread with its own connection (WAL, synchronous
 * FULL) group-committing what arrives together, each batch's records and its device-contact note
 * asked for at once, `concurrency` batches in flight.
 */
export async function bareSqliteInserts(file: string, deviceId: string, batches: number, size: number, concurrency: number, at: number) {
  const rows = batchesOfRows(deviceId, batches, size, at) as SQLInputValue[][][];
  const writer = new Worker(new URL('./bare-sqlite-writer.ts', import.meta.url), { workerData: { file } });
  await once(writer, 'online');
  const pending = new Map<number, (inserted: number) => void>();
  writer.on('message', ({ id, inserted }: { id: number; inserted: number }) => pending.get(id)?.(inserted));
  let ids = 0;
  const ask = (request: Exclude<WriterRequest, { op: 'close' }>) =>
    new Promise<number>((resolve) => {
      pending.set(request.id, resolve);
      writer.postMessage(request);
    });
  try {
    return await timed(rows, size, concurrency, async (batch) => {
      const [inserted] = await Promise.all([
        ask({ op: 'insert', id: ++ids, rows: batch }),
        ask({ op: 'contact', id: ++ids, deviceId, seenAt: new Date().toISOString() }),
      ]);
      if (inserted !== size) throw new Error(`bare SQLite inserts stored ${inserted} of ${size}`);
    });
  } finally {
    const exited = once(writer, 'exit');
    writer.postMessage({ op: 'close' } satisfies WriterRequest);
    await exited;
  }
}

interface PgPool {
  query(sql: string, values?: unknown[]): Promise<{ rowCount: number | null }>;
  end(): Promise<void>;
}
// pg is the collector's dependency; borrowed from there rather than added to the workspace root.
const require = createRequire(new URL('../../packages/collector/package.json', import.meta.url));
const pg = require('pg') as { Pool: new (options: { connectionString: string; max: number }) => PgPool };

const TYPES: Record<(typeof RECORD_COLUMNS)[number], string> = {
  id: 'text',
  kind: 'text',
  station_id: 'text',
  window_id: 'text',
  staff_id: 'text',
  service_item_id: 'text',
  channel: 'text',
  provenance: 'text',
  device_id: 'text',
  level: 'int',
  misuse: 'int::bool',
  client_created_at: 'timestamptz',
  created_at: 'timestamptz',
  received_at: 'timestamptz',
  local_day: 'text',
  local_hour: 'int',
  local_weekday: 'int',
  content_hash: 'text',
  body: 'jsonb',
};
// A batch is one statement, one round trip: a JSONB array of per-record arrays, the body last and as JSON.
const INSERT_BATCH = `INSERT INTO records (${RECORD_COLUMNS.join(', ')})
  SELECT ${RECORD_COLUMNS.map((c, i) => (c === 'body' ? `r -> ${i}` : `(r ->> ${i})::${TYPES[c]}`)).join(', ')}
  FROM jsonb_array_elements($1::jsonb) AS r
  ON CONFLICT (id) DO NOTHING`;

/** PostgreSQL as the collector writes it: one INSERT per batch, `concurrency` connections at once. */
export async function barePostgresInserts(url: string, deviceId: string, batches: number, size: number, concurrency: number, at: number) {
  const bodies = batchesOfRows(deviceId, batches, size, at).map(
    (batch) => `[${batch.map((values) => `${JSON.stringify(values.slice(0, -1)).slice(0, -1)},${values.at(-1)}]`).join(',')}]`,
  );
  const pool = new pg.Pool({ connectionString: url, max: concurrency });
  try {
    await Promise.all(Array.from({ length: concurrency }, () => pool.query('SELECT 1'))); // connections open before the clock
    return await timed(bodies, size, concurrency, async (json) => {
      const { rowCount } = await pool.query(INSERT_BATCH, [json]);
      if (rowCount !== size) throw new Error(`bare PostgreSQL inserts stored ${rowCount} of ${size}`);
    });
  } finally {
    await pool.end();
  }
}
