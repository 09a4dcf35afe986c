import { auditCsv } from '../audit/audit-csv.js';
import { op, type Permission } from '../http/route.js';
import { AuditCsvQuerySchema, AuditListSchema, AuditQuerySchema } from '../schemas/audit.js';
import { timeRange } from './params.js';

/**
 * Reading the trail: admins only for now. Supervisors are to read their region's entries too
 * (issue 18); the trail's filters do not yet stop at a region, so they are not let in.
 */
const READ_AUDIT: Permission = { roles: ['admin'], scope: 'none' };
const base = { tag: 'audit', auth: READ_AUDIT } as const;

/** The filters both answers share, as the store takes them. */
const filterOf = (q: { station?: string; actor?: string; action?: string; from?: string; to?: string }) => ({
  stationId: q.station,
  actor: q.actor,
  action: q.action,
  ...timeRange(q),
});

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
      'Each entry carries the hash of the one before (`manyi-collector audit verify` checks the chain). Page with `limit` and `cursor`.',
    query: { schema: AuditQuerySchema, code: 'invalid-query' },
    responses: [{ status: 200, description: 'The entries.', schema: AuditListSchema }],
    handle: async ({ store, query }, c) => {
      const q = query();
      const items = await store.audit.list({
        ...filterOf(q),
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
    query: { schema: AuditCsvQuerySchema, code: 'invalid-query' },
    responses: [{ status: 200, description: 'CSV (UTF-8), as an attachment.', contentType: 'text/csv; charset=utf-8' }],
    handle: ({ store, query }, c) => {
      const body = ReadableStream.from(auditCsv(store, filterOf(query()))).pipeThrough(new TextEncoderStream());
      return c.body(body, 200, {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': 'attachment; filename="manyi-audit.csv"',
        'Cache-Control': 'no-store',
      });
    },
  }),
];
