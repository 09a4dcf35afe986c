/**
 * A unit's appraisal on 100 points and its tier, as the campaigns publish it: 满意 above X points,
 * 基本满意 between, 不满意 below Y. The score is the average of points given to each national level.
 */
import * as z from 'zod/mini';
import { describeIssues } from '../issues.js';
import { NATIONAL_LEVELS, type NationalLevel } from '../levels.js';
import type { Labels } from '../locale.js';
import type { LevelCounts } from './level-rates.js';

/** Points (0–100) a rating on each national level earns. */
export type LevelPoints = Readonly<Record<NationalLevel, number>>;

/**
 * The default: 20 points a step, as five-level satisfaction surveys commonly score them, except that
 * 非常满意 … 不满意 are 100/80/60/40 and 非常不满意 earns nothing, so a very dissatisfied visitor
 * weighs fully against the unit.
 */
export const DEFAULT_LEVEL_POINTS: LevelPoints = { 5: 100, 4: 80, 3: 60, 2: 40, 1: 0 };

/**
 * For the three-tier campaign scale (满意 / 基本满意 / 不满意, stored as national levels 4 / 3 / 2):
 * with the default points its best face earns only 80 and no unit could reach a 90-point band, so
 * campaigns on that scale score 满意 100, 基本满意 60, 不满意 0.
 */
export const CAMPAIGN_LEVEL_POINTS: LevelPoints = { 5: 100, 4: 100, 3: 60, 2: 0, 1: 0 };

const Points = z.number().check(z.gte(0, 'points must be 0–100'), z.lte(100, 'points must be 0–100'));
export const LevelPointsSchema = z.object({ 5: Points, 4: Points, 3: Points, 2: Points, 1: Points }).check(
  z.refine((p) => p[5] >= p[4] && p[4] >= p[3] && p[3] >= p[2] && p[2] >= p[1], {
    message: 'a better level may not earn fewer points than a worse one',
  }),
);

export const UNIT_TIERS = ['satisfied', 'basically-satisfied', 'dissatisfied'] as const;
export type UnitTier = (typeof UNIT_TIERS)[number];
export const UNIT_TIER_LABELS: Readonly<Record<UnitTier, Labels>> = {
  satisfied: { 'zh-CN': '满意', en: 'Satisfied', 'zh-TW': '滿意' },
  'basically-satisfied': { 'zh-CN': '基本满意', en: 'Basically satisfied', 'zh-TW': '基本滿意' },
  dissatisfied: { 'zh-CN': '不满意', en: 'Dissatisfied', 'zh-TW': '不滿意' },
};

/**
 * The lowest score of each upper tier, inclusive: "90 分以上" includes 90, as 以上 includes its own
 * number in Chinese legal usage (Civil Code art. 1259). Below `basicallySatisfied` is dissatisfied.
 */
export interface UnitScoreBands {
  readonly satisfied: number;
  readonly basicallySatisfied: number;
}
export const DEFAULT_UNIT_SCORE_BANDS: UnitScoreBands = { satisfied: 90, basicallySatisfied: 70 };

const BandEdge = z.number().check(z.gte(0, 'a band edge must be 0–100'), z.lte(100, 'a band edge must be 0–100'));
export const UnitScoreBandsSchema = z.strictObject({ satisfied: BandEdge, basicallySatisfied: BandEdge }).check(
  z.refine((b) => b.basicallySatisfied < b.satisfied, {
    message: 'bands must ascend: basicallySatisfied must be below satisfied',
    path: ['basicallySatisfied'],
  }),
);

/** Reads bands from configuration; throws a RangeError saying what is wrong. */
export function parseUnitScoreBands(input: unknown): UnitScoreBands {
  const parsed = UnitScoreBandsSchema.safeParse(input);
  if (!parsed.success) throw new RangeError(`unit score bands: ${describeIssues(parsed.error.issues)}`);
  return parsed.data;
}

/** The unit's score on 100 points: the average of each rating's level points; null when nobody rated. */
export function unitScore(counts: LevelCounts, levelPoints: LevelPoints = DEFAULT_LEVEL_POINTS): number | null {
  const points = LevelPointsSchema.safeParse(levelPoints);
  if (!points.success) throw new RangeError(`level points: ${describeIssues(points.error.issues)}`);
  let total = 0;
  let sum = 0;
  for (const level of NATIONAL_LEVELS) {
    const n = counts[level];
    if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`the count for level ${level} must be a whole number ≥ 0, got ${n}`);
    total += n;
    sum += n * levelPoints[level];
  }
  return total === 0 ? null : sum / total;
}

/** The tier a score falls in. */
export function unitTier(score: number, bands: UnitScoreBands = DEFAULT_UNIT_SCORE_BANDS): UnitTier {
  const b = parseUnitScoreBands(bands);
  if (!Number.isFinite(score) || score < 0 || score > 100) throw new RangeError(`a unit score is 0–100, got ${score}`);
  if (score >= b.satisfied) return 'satisfied';
  return score >= b.basicallySatisfied ? 'basically-satisfied' : 'dissatisfied';
}

/** Score and tier together; null when nobody rated. */
export function unitAppraisal(
  counts: LevelCounts,
  options: { levelPoints?: LevelPoints; bands?: UnitScoreBands } = {},
): { score: number; tier: UnitTier } | null {
  const score = unitScore(counts, options.levelPoints);
  return score === null ? null : { score, tier: unitTier(score, options.bands) };
}
