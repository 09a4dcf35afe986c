import { isBadReview, isGoodReview, NATIONAL_LEVELS, type NationalLevel } from './levels.js';

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
