/**
 * Rating records made without zod: a rating pad checks its attributes and builds its record in a
 * few hundred bytes instead of shipping the schema library. The rules mirror RatingRecordSchema
 * (a test holds both to the same verdicts); the collector still validates every record with it.
 */
import { uuidv7 } from './ids.js';
import { isBadReview } from './levels.js';
import { type RatingContext, ratingContextProblems } from './rating-context.js';
import type { BadReviewReasonCode } from './reasons.js';
import { MAX_RATING_COMMENT } from './record-fields.js';
import type { Face } from './scales.js';
import type { RatingRecord } from './schemas/records.js';

/** What the visitor answered. */
export interface RatingAnswer {
  readonly face: Face;
  readonly reasons?: readonly BadReviewReasonCode[];
  readonly comment?: string;
  /** Taps came faster than the pad's cooldown: kept, but out of the figures. */
  readonly misuse?: boolean;
}

/**
 * A rating record for a checked context (see ratingContextProblems). Throws when the context or
 * the answer could never pass the collector, so no visitor's tap is queued only to be refused.
 */
export function makeRatingRecord(context: RatingContext, answer: RatingAnswer, now: number = Date.now()): RatingRecord {
  const problems = ratingContextProblems(context);
  if (problems.length > 0) throw new TypeError(problems.map((p) => p.message).join('; '));
  const comment = answer.comment?.trim() ?? '';
  if (comment.length > MAX_RATING_COMMENT) throw new RangeError(`the comment is longer than ${MAX_RATING_COMMENT} characters`);
  if (isBadReview(answer.face.level) && !answer.reasons?.length && !comment) {
    throw new RangeError('a bad review needs at least one reason or a comment');
  }
  const record: RatingRecord = {
    id: uuidv7(now),
    kind: 'rating',
    createdAt: new Date(now).toISOString(),
    stationId: context.station,
    windowId: context.window,
    channel: context.channel as RatingRecord['channel'],
    scale: context.scale,
    answer: answer.face.answer,
    level: answer.face.level,
  };
  if (context.staff) record.staffId = context.staff;
  if (context.serviceItem) record.serviceItemId = context.serviceItem;
  if (context.ticket) record.ticket = context.ticket;
  if (context.event) record.eventId = context.event;
  if (answer.reasons?.length) record.reasons = [...new Set(answer.reasons)];
  if (comment) record.comment = comment;
  if (answer.misuse) record.misuse = true;
  return record;
}
