import { describeIssues, type RatingRecord, RatingRecordSchema, uuidv7 } from '@manyi/core';
import { ApiError } from './errors.js';
import { verifyRatingToken } from './rating-tokens.js';
import type { PublicRatingAnswer, PublicRatingRequest } from './schemas/public.js';
import type { Store } from './store/store.js';
import { webStoredRecord } from './web-records.js';

const invalid = (message: string) => new ApiError(400, 'invalid-rating', message);

/** One answer for a token that is forged, altered, expired or names nothing: it says no more than that. */
const refusedToken = () =>
  new ApiError(
    403,
    'invalid-rating-token',
    'ratingToken: this rating link is not valid (mistyped, altered or expired); ask the hall for a new one',
  );

/**
 * `POST /api/v1/public/ratings`: a rating of one service event by its token, under the same rules
 * as a kiosk's. The event decides station, window, staff, service item and ticket; the event has
 * one rating whatever the channel, so a used token is refused and nothing counts twice.
 */
export async function submitWebRating(store: Store, request: PublicRatingRequest, now = new Date()): Promise<PublicRatingAnswer> {
  const { ratingToken, createdAt: clientCreatedAt, channel, id, ...answer } = request;
  const claims = await verifyRatingToken(store, ratingToken, now.getTime());
  const event = claims && (await store.serviceEvents.get(claims.eventId));
  if (!event) throw refusedToken();

  const record: RatingRecord = {
    ...answer,
    id: id ?? uuidv7(now.getTime()),
    kind: 'rating',
    createdAt: now.toISOString(),
    stationId: event.stationId,
    windowId: event.windowId,
    ...(event.staffId ? { staffId: event.staffId } : {}),
    ...(event.serviceItemId ? { serviceItemId: event.serviceItemId } : {}),
    ticket: event.ticket,
    eventId: event.eventId,
    channel: channel ?? 'qr',
  };
  const check = RatingRecordSchema.safeParse(record);
  if (!check.success) throw invalid(describeIssues(check.error.issues));

  const [outcome] = await store.records.insert([webStoredRecord(record, request, clientCreatedAt, now)]);
  if (outcome === 'accepted' || outcome === 'duplicate') return { id: record.id, status: outcome };
  if (outcome === 'event-rated') {
    throw new ApiError(409, 'already-rated', 'this service was rated already; a service is rated once, and a second rating counts nowhere');
  }
  if (outcome === 'event-unknown') throw refusedToken();
  throw new ApiError(409, 'conflict', 'id: another record with this id and different content is already stored; make a new id');
}
