import type { Context } from 'hono';
import type { AppEnv } from '../env.js';
import { ApiError } from '../errors.js';
import { READ_STATION, SET_RULES } from '../http/roles.js';
import { type Call, op } from '../http/route.js';
import { MisuseListSchema, MisuseReviewAnswerSchema, RecordRangeQuerySchema } from '../schemas/ledger.js';
import { timeRange } from './params.js';

const base = { tag: 'figures', auth: READ_STATION } as const;
const NOT_FLAGGED = { 404: 'No such record.', 409: 'The record was never flagged as misuse.' };

/** Restores (`true`) or excludes again (`false`) a record its device flagged as misuse; idempotent. */
const review =
  (restored: boolean) =>
  async ({ store, param }: Call<unknown, unknown>, c: Context<AppEnv>) => {
    const id = param('recordId');
    const outcome = await store.cases.reviewMisuse(id, restored, new Date().toISOString());
    if (outcome === 'not-found') throw new ApiError(404, 'record-not-found', `no record with id ${id}`);
    if (outcome === 'not-flagged') {
      throw new ApiError(409, 'not-flagged-as-misuse', `record ${id} was not flagged as misuse on its device, so it always counts`);
    }
    return c.json({ id, restored });
  };

/**
 * Misuse (误触) review: records a device flagged as a burst are kept but left out of the figures;
 * a supervisor may count one again and take that back: it changes how ratings count, so never the
 * station's own manager.
 */
export const MISUSE_ROUTES = [
  op({
    ...base,
    id: 'listMisuse',
    method: 'get',
    path: '/api/v1/admin/misuse',
    summary: 'Records flagged as misuse on their device: excluded from figures unless restored',
    query: { schema: RecordRangeQuerySchema, code: 'invalid-query' },
    responses: [{ status: 200, description: 'Newest first.', schema: MisuseListSchema }],
    handle: async ({ store, query }, c) => {
      const q = query();
      const entries = await store.cases.listMisuse({ stationId: q.station, ...timeRange(q) });
      return c.json({
        records: entries.map((e) => ({
          id: e.id,
          kind: e.kind,
          stationId: e.stationId,
          windowId: e.windowId,
          ...(e.level === null ? {} : { level: e.level }),
          createdAt: e.createdAt,
          flag: e.restored ? 'restored' : 'excluded',
        })),
      });
    },
  }),
  op({
    ...base,
    id: 'restoreRecord',
    auth: SET_RULES,
    method: 'post',
    path: '/api/v1/admin/records/:recordId/restore',
    summary: 'Count a flagged record in the figures (a bad review then shows in the ledger); idempotent',
    responses: [{ status: 200, description: 'Restored.', schema: MisuseReviewAnswerSchema }],
    errors: NOT_FLAGGED,
    handle: review(true),
  }),
  op({
    ...base,
    id: 'excludeRecord',
    auth: SET_RULES,
    method: 'post',
    path: '/api/v1/admin/records/:recordId/exclude',
    summary: 'Leave a restored record out of the figures again; idempotent',
    responses: [{ status: 200, description: 'Excluded.', schema: MisuseReviewAnswerSchema }],
    errors: NOT_FLAGGED,
    handle: review(false),
  }),
];
