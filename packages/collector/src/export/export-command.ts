import { createWriteStream } from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { CollectorConfig } from '../config.js';
import { ApiError } from '../errors.js';
import { jsonLogger } from '../log.js';
import { openStore } from '../store/open.js';
import { exportCsv, exportRequest, exportsPersonalData } from './export.js';

export interface ExportFlags {
  station?: string;
  from?: string;
  to?: string;
  kind?: string;
  out?: string;
  'include-personal'?: boolean;
}

/**
 * `manyi-collector export --station ID [--from] [--to] [--kind rating|complaint] [--out FILE]
 * [--include-personal]`: the same CSV as `GET /api/v1/admin/export.csv`, to a file or stdout.
 * Exit 0 when written, 2 for a wrong flag.
 */
export async function runExport(config: CollectorConfig, flags: ExportFlags): Promise<number> {
  if (!flags.station) {
    console.error('export needs --station ID');
    return 2;
  }
  const store = openStore(config);
  try {
    await store.migrate();
    const request = await exportRequest(store, {
      station: flags.station,
      from: flags.from,
      to: flags.to,
      kind: flags.kind,
      includePersonal: flags['include-personal'] ? 'true' : 'false',
    });
    if (exportsPersonalData(request)) {
      // On stderr, so it never mixes into a CSV written to stdout.
      const { stationId, kind, from, to } = request;
      jsonLogger((line) => process.stderr.write(`${line}\n`)).info('personal data exported', {
        station: stationId,
        kind,
        from: from ?? null,
        to: to ?? null,
        via: 'cli',
        file: flags.out ?? null,
      });
    }
    const target = flags.out ? createWriteStream(flags.out, { mode: 0o600 }) : process.stdout;
    await pipeline(Readable.from(exportCsv(store, request)), target);
    if (flags.out) console.error(`written: ${flags.out}`);
    return 0;
  } catch (error) {
    if (error instanceof ApiError) {
      console.error(`export: ${error.message}`);
      return 2;
    }
    throw error;
  } finally {
    await store.close();
  }
}
