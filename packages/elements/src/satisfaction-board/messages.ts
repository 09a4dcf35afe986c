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

const formats = (locale: Locale) => ({
  number: new Intl.NumberFormat(locale),
  percent: new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }),
  score: new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }),
  month: new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', timeZone: 'UTC' }),
});
const F: Record<Locale, ReturnType<typeof formats>> = { 'zh-CN': formats('zh-CN'), en: formats('en'), 'zh-TW': formats('zh-TW') };
const enPlural = new Intl.PluralRules('en');

export const SATISFACTION_BOARD_MESSAGES: Readonly<Record<Locale, SatisfactionBoardMessages>> = {
  'zh-CN': {
    heading: '满意度评价公示',
    stationHeading: (name) => `${name} 满意度评价公示`,
    month: (month) => F['zh-CN'].month.format(monthDate(month)),
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
    count: (n) => F['zh-CN'].number.format(n),
    percent: (share) => F['zh-CN'].percent.format(share),
    noRate: '暂无',
    score: (points) => `${F['zh-CN'].score.format(points)} 分`,
    handled: (handled, bad) => `${F['zh-CN'].number.format(handled)} / ${F['zh-CN'].number.format(bad)}`,
    level: (level) => LEVEL_LABELS[level]['zh-CN'],
    tier: (tier) => UNIT_TIER_LABELS[tier]['zh-CN'],
    levelShare: (count, share) =>
      `${F['zh-CN'].number.format(count)} 条${share === null ? '' : `，占 ${F['zh-CN'].percent.format(share)}`}`,
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
  },
  en: {
    heading: 'Satisfaction results',
    stationHeading: (name) => `${name}: satisfaction results`,
    month: (month) => F.en.month.format(monthDate(month)),
    monthPicker: 'Month',
    loading: 'Loading the results…',
    noData: 'No results to show',
    noRatings: 'No ratings this month.',
    provisional: 'This month is not over yet: figures so far, final after the month ends.',
    figures: {
      total: 'Ratings',
      goodReviewRate: 'Good-review rate',
      badReviewCount: 'Bad reviews',
      badReviewsHandled: 'Bad reviews handled',
      score: 'Score',
      tier: 'Rating tier',
    },
    count: (n) => F.en.number.format(n),
    percent: (share) => F.en.percent.format(share),
    noRate: 'None yet',
    score: (points) => `${F.en.score.format(points)} ${enPlural.select(points) === 'one' ? 'point' : 'points'}`,
    handled: (handled, bad) => `${F.en.number.format(handled)} of ${F.en.number.format(bad)}`,
    level: (level) => LEVEL_LABELS[level].en,
    tier: (tier) => UNIT_TIER_LABELS[tier].en,
    levelShare: (count, share) =>
      `${F.en.number.format(count)} ${enPlural.select(count) === 'one' ? 'rating' : 'ratings'}${share === null ? '' : `, ${F.en.percent.format(share)}`}`,
    levelsHeading: 'Ratings by level',
    windowsHeading: 'Ratings by window',
    window: 'Window',
    removedWindow: (id) => `Removed window (${id})`,
    noWindow: 'No window given',
    invalidData: 'The results contain errors and cannot be shown. Please pass the problems below to the site administrator.',
    config: 'The results board is set up wrongly and cannot fetch data. Please pass the problems below to the site administrator.',
    network: 'The results could not be fetched: the network is unavailable. Check the connection and reload.',
    http: (status) => `The results could not be fetched: the server answered with an error (HTTP ${status}). Please reload later.`,
    notFound: 'The results could not be fetched: this service station was not found. Please ask the site administrator to check its id.',
    notJson: 'The results could not be read: the server did not return valid JSON. Please tell the site administrator.',
    retry: 'Reload',
    details: 'Details: ',
  },
  'zh-TW': {
    heading: '滿意度評價公示',
    stationHeading: (name) => `${name} 滿意度評價公示`,
    month: (month) => F['zh-TW'].month.format(monthDate(month)),
    monthPicker: '公示月份',
    loading: '正在載入評價結果…',
    noData: '暫無公示資料',
    noRatings: '本月暫無評價。',
    provisional: '本月尚未結束，資料統計至今，月底後為最終結果。',
    figures: {
      total: '評價總數',
      goodReviewRate: '好評率',
      badReviewCount: '差評數',
      badReviewsHandled: '差評已辦結',
      score: '綜合得分',
      tier: '評定等級',
    },
    count: (n) => F['zh-TW'].number.format(n),
    percent: (share) => F['zh-TW'].percent.format(share),
    noRate: '暫無',
    score: (points) => `${F['zh-TW'].score.format(points)} 分`,
    handled: (handled, bad) => `${F['zh-TW'].number.format(handled)} / ${F['zh-TW'].number.format(bad)}`,
    level: (level) => LEVEL_LABELS[level]['zh-TW'],
    tier: (tier) => UNIT_TIER_LABELS[tier]['zh-TW'],
    levelShare: (count, share) =>
      `${F['zh-TW'].number.format(count)} 則${share === null ? '' : `，佔 ${F['zh-TW'].percent.format(share)}`}`,
    levelsHeading: '各等級評價',
    windowsHeading: '各窗口評價',
    window: '窗口',
    removedWindow: (id) => `已撤銷的窗口（${id}）`,
    noWindow: '未指定窗口',
    invalidData: '評價結果資料有誤，暫時無法顯示。請將下面的問題告知網站管理員。',
    config: '評價公示的設定有誤，無法取得資料。請將下面的問題告知網站管理員。',
    network: '無法取得評價結果：網路連線失敗。請檢查網路後重新載入。',
    http: (status) => `無法取得評價結果：伺服器回傳錯誤（HTTP ${status}）。請稍後重新載入。`,
    notFound: '無法取得評價結果：找不到該服務站點。請告知網站管理員核對站點編號。',
    notJson: '無法讀取評價結果：伺服器回傳的不是有效的 JSON 資料。請告知網站管理員。',
    retry: '重新載入',
    details: '問題詳情：',
  },
};
