import { describeIssues, type RatingRecord, RatingRecordSchema } from '@manyi/core';
import { ApiError } from './errors.js';
import type { PublicRatingAnswer, PublicRatingRequest } from './schemas/public.js';
import type { Store } from './store/store.js';
import { referenceProblems, webStoredRecord } from './web-records.js';

const invalid = (message: string) => new ApiError(400, 'invalid-rating', message);

/**
 * `POST /api/v1/public/ratings`: a rating from a portal or a ticket's QR code, under the same rules
 * as a kiosk's, stored once per `id`; the request was checked against PublicRatingRequestSchema.
 */
export async function submitWebRating(store: Store, request: PublicRatingRequest, now = new Date()): Promise<PublicRatingAnswer> {
  const { createdAt: clientCreatedAt, channel, ...rated } = request;
  const problems = await referenceProblems(store, rated.stationId, rated);
  if (problems.length > 0) throw invalid(problems.join('; '));

  const record: RatingRecord = { ...rated, kind: 'rating', createdAt: now.toISOString(), channel: channel ?? 'web' };
  const check = RatingRecordSchema.safeParse(record);
  if (!check.success) throw invalid(describeIssues(check.error.issues));

  const [outcome] = await store.records.insert([webStoredRecord(record, request, clientCreatedAt, now)]);
  if (outcome === 'accepted' || outcome === 'duplicate') return { id: record.id, status: outcome };
  throw new ApiError(409, 'conflict', 'id: another record with this id and different content is already stored; make a new id');
}
