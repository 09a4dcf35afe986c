import { LEVEL_LABELS, type Locale, type NationalLevel, UNIT_TIER_LABELS, type UnitTier } from '@manyi/core';
import { monthDate } from './months.js';

/** Every visible text of the satisfaction board, per locale. Templates never hold literals. */
export interface SatisfactionBoardMessages {
  heading: string;
  /** The heading when the station's name is known, e.g. "政务服务中心 满意度评价公示". */
  stationHeading: (stationName: string) => string;
  month: (month: string) => string;
  monthPicker: string;
  loading: string;
  noData: string;
  noRatings: string;
  provisional: string;
  figures: Readonly<Record<FigureName, string>>;
  count: (n: number) => string;
  percent: (share: number) => string;
  /** A rate that cannot be computed because nobody rated. */
  noRate: string;
  score: (points: number) => string;
  handled: (handled: number, bad: number) => string;
  level: (level: NationalLevel) => string;
  tier: (tier: UnitTier) => string;
  /** A level's bar: "12 条，占 40%". */
  levelShare: (count: number, share: number | null) => string;
  levelsHeading: string;
  windowsHeading: string;
  window: string;
  removedWindow: (windowId: string) => string;
  noWindow: string;
  invalidData: string;
  config: string;
  network: string;
  http: (status: number) => string;
  notFound: string;
  notJson: string;
  retry: string;
  details: string;
}

/** The figures a month and each window show, in display order. */
export const FIGURE_NAMES = ['total', 'goodReviewRate', 'badReviewCount', 'badReviewsHandled', 'score', 'tier'] as const;
export type FigureName = (typeof FIGURE_NAMES)[number];

/** The number, percent, score and month formats of one locale's texts. */
export const formats = (locale: Locale) => ({
  number: new Intl.NumberFormat(locale),
  percent: new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }),
  score: new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }),
  month: new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', timeZone: 'UTC' }),
});

const F = formats('zh-CN');

export const SATISFACTION_BOARD_ZH_CN: SatisfactionBoardMessages = {
  heading: '满意度评价公示',
  stationHeading: (name) => `${name} 满意度评价公示`,
  month: (month) => F.month.format(monthDate(month)),
  monthPicker: '公示月份',
  loading: '正在加载评价结果…',
  noData: '暂无公示数据',
  noRatings: '本月暂无评价。',
  provisional: '本月尚未结束，数据统计至今，月末后为最终结果。',
  figures: {
    total: '评价总数',
    goodReviewRate: '好评率',
    badReviewCount: '差评数',
    badReviewsHandled: '差评已办结',
    score: '综合得分',
    tier: '评定等级',
  },
  count: (n) => F.number.format(n),
  percent: (share) => F.percent.format(share),
  noRate: '暂无',
  score: (points) => `${F.score.format(points)} 分`,
  handled: (handled, bad) => `${F.number.format(handled)} / ${F.number.format(bad)}`,
  level: (level) => LEVEL_LABELS[level]['zh-CN'],
  tier: (tier) => UNIT_TIER_LABELS[tier]['zh-CN'],
  levelShare: (count, share) => `${F.number.format(count)} 条${share === null ? '' : `，占 ${F.percent.format(share)}`}`,
  levelsHeading: '各等级评价',
  windowsHeading: '各窗口评价',
  window: '窗口',
  removedWindow: (id) => `已撤销的窗口（${id}）`,
  noWindow: '未指定窗口',
  invalidData: '评价结果数据有误，暂时无法显示。请将下面的问题告知网站管理员。',
  config: '评价公示的设置有误，无法获取数据。请将下面的问题告知网站管理员。',
  network: '无法获取评价结果：网络连接失败。请检查网络后重新加载。',
  http: (status) => `无法获取评价结果：服务器返回错误（HTTP ${status}）。请稍后重新加载。`,
  notFound: '无法获取评价结果：未找到该服务站点。请告知网站管理员核对站点编号。',
  notJson: '无法读取评价结果：服务器返回的不是有效的 JSON 数据。请告知网站管理员。',
  retry: '重新加载',
  details: '问题详情：',
};
