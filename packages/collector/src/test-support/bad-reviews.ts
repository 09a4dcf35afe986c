import type { RatingRecord } from '@manyi/core';
import { rating } from './records.js';

/** A bad review of clerk s1 at window w1, with a reason and a comment as the rating pad asks for them. */
export const badReview = (at: Date, over: Partial<RatingRecord> = {}) =>
  rating({ answer: 1, level: 1, staffId: 's1', reasons: ['attitude'], comment: '窗口人员态度生硬', ...over }, at);
