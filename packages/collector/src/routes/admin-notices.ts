import { READ_AT_WINDOW } from '../http/roles.js';
import { op } from '../http/route.js';
import { auditNotices } from '../notice-audit.js';
import { NoticeAuditSchema, RecordRangeQuerySchema } from '../schemas/ledger.js';
import { timeRange } from './params.js';

/** The one-time-notice audit (一次性告知). */
export const NOTICE_ROUTES = [
  op({
    id: 'noticeAudit',
    method: 'get',
    path: '/api/v1/admin/notices/audit',
    tag: 'notices',
    auth: READ_AT_WINDOW,
    summary: 'One-time-notice audit: applicants who came back for a material the first notice did not list',
    // Applicants appear by a salted hash of their phone: pseudonymous, still personal data.
    personal: true,
    query: { schema: RecordRangeQuerySchema, code: 'invalid-query' },
    responses: [{ status: 200, description: 'The findings; applicants by phone hash only.', schema: NoticeAuditSchema }],
    handle: async ({ store, query }, c) => {
      const q = query();
      return c.json({ findings: auditNotices(await store.cases.listNotices({ stationId: q.station, ...timeRange(q) })) });
    },
  }),
];
