import type { Context } from 'hono';
import type { AppEnv } from '../env.js';
import { ApiError } from '../errors.js';
import { HANDLE_CASES, READ_STATION } from '../http/roles.js';
import { type Call, op } from '../http/route.js';
import { LateRecordListSchema, LateRecordsQuerySchema, LateReviewAnswerSchema } from '../schemas/late.js';
import { existingStationParam, timeRange } from './params.js';

const DAY_MS = 86_400_000;
const base = { tag: 'figures' } as const;

/** Counts (`true`) or keeps out (`false`) a late rating; idempotent, and each decision is kept. */
const review =
  (accept: boolean) =>
  async ({ store, param }: Call<unknown, unknown>, c: Context<AppEnv>) => {
    const stationId = await existingStationParam(store, c);
    const id = param('recordId');
    const outcome = await store.records.reviewLate(stationId, id, accept, new Date().toISOString());
    if (outcome === 'not-found') throw new ApiError(404, 'record-not-found', `no record with id ${id} at this station`);
    if (outcome === 'not-late') throw new ApiError(409, 'not-late', `record ${id} arrived in time, so it always counts`);
    return c.json({ id, status: outcome });
  };

/**
 * Late ratings (made in a month already published, or longer before they arrived than the
 * station's `lateAfterDays`): stored, counted nowhere until a manager accepts one, which may be
 * taken back.
 */
export const LATE_ROUTES = [
  op({
    ...base,
    auth: READ_STATION,
    id: 'listLateRecords',
    method: 'get',
    path: '/api/v1/admin/stations/:stationId/late-records',
    summary: 'Ratings from devices made in a published month or longer ago than `lateAfterDays`: counted nowhere until accepted',
    query: { schema: LateRecordsQuerySchema, code: 'invalid-query' },
    responses: [{ status: 200, description: 'Newest first, with the device and how late.', schema: LateRecordListSchema }],
    errors: { 404: 'No such station.' },
    handle: async ({ store, query }, c) => {
      const stationId = await existingStationParam(store, c);
      const late = await store.records.listLate({ stationId, ...timeRange(query()) });
      return c.json({
        records: late.map(({ level, ...r }) => ({
          ...r,
          ...(level === null ? {} : { level }),
          lateByDays: Math.floor((Date.parse(r.receivedAt) - Date.parse(r.createdAt)) / DAY_MS),
        })),
      });
    },
  }),
  ...(['accept', 'exclude'] as const).map((decision) =>
    op({
      ...base,
      // Issue 25: a manager or a supervisor accepts a late rating (the decision is kept).
      auth: HANDLE_CASES,
      id: `${decision}LateRecord`,
      method: 'post',
      path: `/api/v1/admin/stations/:stationId/late-records/:recordId/${decision}`,
      summary:
        decision === 'accept'
          ? 'Count a late rating in every figure, published months included; idempotent'
          : 'Keep a late rating out of the figures (again); idempotent',
      responses: [{ status: 200, description: 'Decided.', schema: LateReviewAnswerSchema }],
      errors: { 404: 'No such station, or no such record there.', 409: 'The record arrived in time: it always counts.' },
      handle: review(decision === 'accept'),
    }),
  ),
];
