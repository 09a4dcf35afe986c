import {
  callbackRectificationRate,
  goodReviewRate,
  type LevelCounts,
  type NationalLevel,
  rectificationSatisfactionRate,
  replyRate,
  totalRatings,
} from '@manyi/core';
import { caseDueDates, isCaseOverdue, wasHandledLate } from './cases-due.js';
import type { HandlingSettings } from './schemas/cases.js';
import type { StoredCase } from './store/case-store.js';

const reached = (c: StoredCase, state: StoredCase['state']) => c.history.some((e) => e.to === state);

/** The citizen's latest word on the rectification, if any (a not-satisfied case may be rectified again). */
function verdict(c: StoredCase): 'satisfied' | 'not-satisfied' | undefined {
  const last = c.history.findLast((e) => e.to === 'satisfied' || e.to === 'not-satisfied');
  return last?.to as 'satisfied' | 'not-satisfied' | undefined;
}

/** `GET /cases/summary`: bad reviews that stand and how they were handled, with @manyi/core's rates. */
export function caseSummary(cases: readonly StoredCase[], rectifyWorkingDays: (stationId: string) => number, now: Date) {
  const standing = cases.filter((c) => c.state !== 'voided');
  const count = (keep: (c: StoredCase) => boolean) => standing.filter(keep).length;
  const badReviews = standing.length;
  const calledBack = count((c) => reached(c, 'called-back'));
  const rectified = count((c) => reached(c, 'rectified'));
  const satisfied = count((c) => verdict(c) === 'satisfied');
  const notSatisfied = count((c) => verdict(c) === 'not-satisfied');
  const overdue = count((c) => isCaseOverdue(c.state, caseDueDates(c.ratedAt, rectifyWorkingDays(c.stationId)), now));
  return {
    badReviews,
    calledBack,
    rectified,
    satisfied,
    notSatisfied,
    overdue,
    replyRate: replyRate({ badReviews, replied: calledBack }),
    rectificationRate: callbackRectificationRate({ badReviews, rectified }),
    satisfactionWithRectification: rectificationSatisfactionRate({ rectified, satisfiedAfterRectification: satisfied }),
  };
}

const percent = (rate: number) => `${(rate * 100).toFixed(1)}%`;

/**
 * A station's standing as a people's satisfaction station (人民满意窗口) for one month: lost when
 * its good-review rate or bad-review reply rate falls below, or its late cases rise above, the
 * station's thresholds. Reasons are written for the station's managers, in zh-CN.
 */
export function monthStanding(
  levels: LevelCounts,
  cases: readonly StoredCase[],
  settings: HandlingSettings,
  now: Date,
): { standing: 'kept' | 'lost'; reasons: string[]; figures: Record<string, number | null> } {
  const t = settings.standingThresholds;
  const summary = caseSummary(cases, () => settings.rectifyWorkingDays, now);
  const good = goodReviewRate(levels);
  const late = cases.filter(
    (c) => c.state !== 'voided' && wasHandledLate(c, caseDueDates(c.ratedAt, settings.rectifyWorkingDays), now),
  ).length;
  const reasons: string[] = [];
  if (good !== null && good < t.minGoodReviewRate) {
    reasons.push(`好评率 ${percent(good)}，低于 ${percent(t.minGoodReviewRate)} 的要求`);
  }
  if (late > t.maxOverdueCases) {
    reasons.push(`逾期处理的差评 ${late} 件，超过允许的 ${t.maxOverdueCases} 件`);
  }
  if (summary.replyRate !== null && summary.replyRate < t.minReplyRate) {
    reasons.push(`差评回复率 ${percent(summary.replyRate)}，低于 ${percent(t.minReplyRate)} 的要求`);
  }
  return {
    standing: reasons.length === 0 ? 'kept' : 'lost',
    reasons,
    figures: {
      ratings: totalRatings(levels),
      goodReviewRate: good,
      badReviews: summary.badReviews,
      lateCases: late,
      replyRate: summary.replyRate,
      rectificationRate: summary.rectificationRate,
      satisfactionWithRectification: summary.satisfactionWithRectification,
    },
  };
}

export const emptyLevels = (): LevelCounts => ({ 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 });

export function levelCounts(rows: readonly { level: number; count: number }[]): LevelCounts {
  const levels = emptyLevels();
  for (const row of rows) levels[row.level as NationalLevel] += row.count;
  return levels;
}
