import { auditCsv } from '../audit/audit-csv.js';
import { READ_AUDIT } from '../http/roles.js';
import { op } from '../http/route.js';
import { stationsOfRegion } from '../region-stations.js';
import { AuditCsvQuerySchema, AuditListSchema, AuditQuerySchema } from '../schemas/audit.js';
import type { Store } from '../store/store.js';
import { timeRange } from './params.js';

const base = { tag: 'audit', auth: READ_AUDIT } as const;

type AuditQuery = { station?: string; region?: string; actor?: string; action?: string; from?: string; to?: string };

/**
 * The filters both answers share, as the store takes them. The gate has kept a supervisor's
 * `station` and `region` within their own region, and made them name one, so the entries stop there.
 */
const filterOf = async (store: Store, q: AuditQuery) => ({
  stationId: q.station,
  ...(q.region === undefined ? {} : { stationIds: (await stationsOfRegion(store, q.region)).map((s) => s.id) }),
  actor: q.actor,
  action: q.action,
  ...timeRange(q),
});

const SCOPE_NOTE =
  ' An admin reads every entry; a supervisor must name `region` (the entries about its stations and those of the regions below) ' +
  'or `station` within their own region, and never sees entries about other stations or about none.';

/**
 * The audit trail, read-only: no route changes or deletes an entry (only pruning past the retention
 * period does, and the chain still verifies). Reading it is not itself recorded: its entries hold
 * no personal data, only who did what to which station.
 */
export const AUDIT_ROUTES = [
  op({
    ...base,
    id: 'listAudit',
    method: 'get',
    path: '/api/v1/admin/audit',
    summary: 'Who changed what, and who read personal data, newest first',
    description:
      'One entry for every call that changed something (and every one refused for its role) and every read of personal data. ' +
      'Each entry carries the hash of the one before (`manyi-collector audit verify` checks the chain). Page with `limit` and `cursor`.' +
      SCOPE_NOTE,
    query: { schema: AuditQuerySchema, code: 'invalid-query' },
    responses: [{ status: 200, description: 'The entries.', schema: AuditListSchema }],
    handle: async ({ store, query }, c) => {
      const q = query();
      const items = await store.audit.list({
        ...(await filterOf(store, q)),
        beforeSeq: q.cursor === undefined ? undefined : Number(q.cursor),
        limit: q.limit + 1,
      });
      const more = items.length > q.limit;
      const page = more ? items.slice(0, q.limit) : items;
      return c.json({ items: page, ...(more ? { nextCursor: String(page.at(-1)?.seq) } : {}) });
    },
  }),
  op({
    ...base,
    id: 'exportAudit',
    method: 'get',
    path: '/api/v1/admin/audit.csv',
    summary: 'The audit trail as CSV, newest first, with the same filters',
    description: `Every entry the same filters match, in one attachment.${SCOPE_NOTE}`,
    query: { schema: AuditCsvQuerySchema, code: 'invalid-query' },
    responses: [{ status: 200, description: 'CSV (UTF-8), as an attachment.', contentType: 'text/csv; charset=utf-8' }],
    handle: async ({ store, query }, c) => {
      const body = ReadableStream.from(auditCsv(store, await filterOf(store, query()))).pipeThrough(new TextEncoderStream());
      return c.body(body, 200, {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': 'attachment; filename="manyi-audit.csv"',
        'Cache-Control': 'no-store',
      });
    },
  }),
];
