import type { Labels } from './locale.js';

/**
 * The national five-level code of 政务服务"好差评" (GB/T 39735-2020):
 * 5 非常满意 … 1 非常不满意. Every record maps its raw answer onto this code so that data
 * from 3-, 4- and 5-face scales aggregates.
 */
export type NationalLevel = 1 | 2 | 3 | 4 | 5;
export const NATIONAL_LEVELS: readonly NationalLevel[] = [5, 4, 3, 2, 1];

export const LEVEL_LABELS: Readonly<Record<NationalLevel, Labels>> = {
  5: { 'zh-CN': '非常满意', en: 'Very satisfied', 'zh-TW': '非常滿意' },
  4: { 'zh-CN': '满意', en: 'Satisfied', 'zh-TW': '滿意' },
  3: { 'zh-CN': '基本满意', en: 'Fairly satisfied', 'zh-TW': '基本滿意' },
  2: { 'zh-CN': '不满意', en: 'Dissatisfied', 'zh-TW': '不滿意' },
  1: { 'zh-CN': '非常不满意', en: 'Very dissatisfied', 'zh-TW': '非常不滿意' },
};

/** 差评: the bottom two national levels. A bad review must carry a reason. */
export function isBadReview(level: NationalLevel): boolean {
  return level <= 2;
}

/** 好评: 非常满意, 满意 and 基本满意 count as good reviews. */
export function isGoodReview(level: NationalLevel): boolean {
  return level >= 3;
}
