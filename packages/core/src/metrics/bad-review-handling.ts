/**
 * How bad reviews were handled (GB/T 39734-2020, GB/T 39735-2020; 国办发〔2019〕51号): these rates
 * exist so that a unit cannot chase the good-review rate alone. Count only bad reviews that stand:
 * one voided on appeal (申诉复核) leaves every count.
 */
import { assertPartOf } from './counts.js';

export interface BadReviewHandling {
  /** Bad reviews in the period that stand. */
  readonly badReviews: number;
  /** Of those, how many got a reply (回复). */
  readonly replied: number;
  /** Of those, how many the responsible person called back and rectified (回访整改). */
  readonly rectified: number;
  /** Of the rectified, how many citizens said they were satisfied with the rectification. */
  readonly satisfiedAfterRectification: number;
}

/** 差评回复率: replied bad reviews over bad reviews; null when there were none. */
export function replyRate(h: Pick<BadReviewHandling, 'badReviews' | 'replied'>): number | null {
  assertPartOf('replied', h.replied, 'badReviews', h.badReviews);
  return h.badReviews === 0 ? null : h.replied / h.badReviews;
}

/** 回访整改率: bad reviews called back and rectified over bad reviews; null when there were none. */
export function callbackRectificationRate(h: Pick<BadReviewHandling, 'badReviews' | 'rectified'>): number | null {
  assertPartOf('rectified', h.rectified, 'badReviews', h.badReviews);
  return h.badReviews === 0 ? null : h.rectified / h.badReviews;
}

/**
 * 回访整改满意率: satisfied with the rectification over rectified — only a citizen whose case was
 * rectified can judge the rectification, and dividing by all bad reviews would count unrectified
 * cases twice (already in the rectification rate). Null when nothing was rectified.
 */
export function rectificationSatisfactionRate(h: Pick<BadReviewHandling, 'rectified' | 'satisfiedAfterRectification'>): number | null {
  assertPartOf('satisfiedAfterRectification', h.satisfiedAfterRectification, 'rectified', h.rectified);
  return h.rectified === 0 ? null : h.satisfiedAfterRectification / h.rectified;
}
