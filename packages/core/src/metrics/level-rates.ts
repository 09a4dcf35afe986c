import { isBadReview, isGoodReview, NATIONAL_LEVELS, type NationalLevel } from '../levels.js';
import { assertPartOf } from './counts.js';

/** How many ratings fell on each national level. */
export type LevelCounts = Record<NationalLevel, number>;

export function totalRatings(counts: LevelCounts): number {
  return NATIONAL_LEVELS.reduce((sum, level) => sum + counts[level], 0);
}

/** 好评率: good reviews (非常满意, 满意, 基本满意) over all ratings; null when nobody rated. */
export function goodReviewRate(counts: LevelCounts): number | null {
  const total = totalRatings(counts);
  if (total === 0) return null;
  return NATIONAL_LEVELS.filter(isGoodReview).reduce((sum, l) => sum + counts[l], 0) / total;
}

/** 差评数: ratings on the bottom two levels. */
export function badReviewCount(counts: LevelCounts): number {
  return NATIONAL_LEVELS.filter(isBadReview).reduce((sum, l) => sum + counts[l], 0);
}

/** 差评率: bad reviews (the bottom two levels) over all ratings; null when nobody rated. */
export function badReviewRate(counts: LevelCounts): number | null {
  const total = totalRatings(counts);
  return total === 0 ? null : badReviewCount(counts) / total;
}

/**
 * 参评率 participation: service events that were rated over service events (办件量); null when
 * there were none. `counts` must hold only ratings of those events (one rating per event), so that
 * ratings never outnumber events.
 */
export function participationRate(counts: LevelCounts, serviceEvents: number): number | null {
  const rated = totalRatings(counts);
  assertPartOf('ratings', rated, 'serviceEvents', serviceEvents);
  return serviceEvents === 0 ? null : rated / serviceEvents;
}

/** 未评率: service events nobody rated over service events; null when there were none. */
export function notRatedRate(counts: LevelCounts, serviceEvents: number): number | null {
  const rated = totalRatings(counts);
  assertPartOf('ratings', rated, 'serviceEvents', serviceEvents);
  return serviceEvents === 0 ? null : (serviceEvents - rated) / serviceEvents;
}
