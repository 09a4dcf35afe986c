import { chinaDateOf, describeIssues, divisionCodeOf } from '@manyi/core';
import { readCatalogue } from '../catalogue.js';
import { ApiError } from '../errors.js';
import { ExportQuerySchema } from '../schemas/admin.js';
import { bound } from '../stats.js';
import type { ListCursor } from '../store/complaint-store.js';
import type { Store } from '../store/store.js';
import { COMPLAINT_COLUMNS, type Column, PERSONAL_COLUMNS, RATING_COLUMNS } from './columns.js';
import { csvText as csv } from './csv-text.js';
import { type CatalogueNames, catalogueNames } from './labels.js';

/** What to export: one station's ratings or complaints in a period. */
export interface ExportRequest {
  stationId: string;
  /** ISO UTC bounds, `to` exclusive (a date given as `to` includes its whole local day). */
  from?: string;
  to?: string;
  kind: 'rating' | 'complaint';
  /** Complaint contact details; off unless asked for explicitly. */
  includePersonal: boolean;
}

/** Checks an export query (`GET /admin/export.csv` or the CLI's flags) and that the station exists. */
export async function exportRequest(store: Store, query: Record<string, string | undefined>): Promise<ExportRequest> {
  const given = Object.fromEntries(Object.entries(query).filter(([, v]) => v !== undefined));
  const parsed = ExportQuerySchema.safeParse(given);
  if (!parsed.success) throw new ApiError(400, 'invalid-query', describeIssues(parsed.error.issues));
  const q = parsed.data;
  if (!(await store.stations.get(q.station))) throw new ApiError(404, 'station-not-found', `no station "${q.station}"`);
  return {
    stationId: q.station,
    from: bound(q.from, false),
    to: bound(q.to, true),
    kind: q.kind,
    includePersonal: q.includePersonal === 'true',
  };
}

/** E.g. `manyi-hall-ratings-2025-11-01-2025-11-30.csv`, with the period's first and last local day. */
export function exportFileName(r: ExportRequest): string {
  const first = r.from ? chinaDateOf(r.from) : 'all';
  const last = r.to ? chinaDateOf(Date.parse(r.to) - 1) : 'all';
  return `manyi-${r.stationId}-${r.kind === 'rating' ? 'ratings' : 'complaints'}-${first}-${last}.csv`;
}

const PAGE = 1000;

/** Pages through the records in time order and yields CSV text: header (with BOM) first, then a chunk per page. */
async function* pages<Row>(
  columns: readonly Column<Row>[],
  names: CatalogueNames,
  next: (after: ListCursor | undefined) => Promise<Row[]>,
  cursorOf: (row: Row) => ListCursor,
): AsyncGenerator<string> {
  yield csv([columns.map((c) => c.header)], true);
  let after: ListCursor | undefined;
  for (;;) {
    const rows = await next(after);
    if (rows.length > 0)
      yield csv(
        rows.map((row) => columns.map((c) => c.value(row, names))),
        false,
      );
    const last = rows.at(-1);
    if (rows.length < PAGE || last === undefined) return;
    after = cursorOf(last);
  }
}

/** The export as CSV text in chunks, so a year of ratings never sits in memory at once. */
export async function* exportCsv(store: Store, r: ExportRequest): AsyncGenerator<string> {
  const [catalogue, station, regions] = await Promise.all([
    readCatalogue(store, r.stationId),
    store.stations.get(r.stationId),
    store.regions.list(),
  ]);
  const names = catalogueNames(catalogue, divisionCodeOf(regions, station?.regionId) ?? '');
  const period = { from: r.from, to: r.to, limit: PAGE };
  if (r.kind === 'rating') {
    yield* pages(
      RATING_COLUMNS,
      names,
      (after) => store.records.ratingsForExport({ stationId: r.stationId, ...period, after }),
      (row) => ({ at: row.createdAt, id: row.record.id }),
    );
  } else {
    yield* pages(
      r.includePersonal ? [...COMPLAINT_COLUMNS, ...PERSONAL_COLUMNS] : COMPLAINT_COLUMNS,
      names,
      (after) => store.complaints.list({ stationId: r.stationId, ...period, after }),
      (row) => ({ at: row.receivedAt, id: row.recordId }),
    );
  }
}

/** Whether this export holds personal data, which the caller must log (without the data). */
export const exportsPersonalData = (r: ExportRequest) => r.kind === 'complaint' && r.includePersonal;
