import { LEVEL_LABELS, UNIT_TIER_LABELS } from '@manyi/core';
import { formats, type SatisfactionBoardMessages } from './messages.js';
import { monthDate } from './months.js';

const F = formats('zh-TW');

export const SATISFACTION_BOARD_ZH_TW: SatisfactionBoardMessages = {
  heading: '滿意度評價公示',
  stationHeading: (name) => `${name} 滿意度評價公示`,
  month: (month) => F.month.format(monthDate(month)),
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
  count: (n) => F.number.format(n),
  percent: (share) => F.percent.format(share),
  noRate: '暫無',
  score: (points) => `${F.score.format(points)} 分`,
  handled: (handled, bad) => `${F.number.format(handled)} / ${F.number.format(bad)}`,
  level: (level) => LEVEL_LABELS[level]['zh-TW'],
  tier: (tier) => UNIT_TIER_LABELS[tier]['zh-TW'],
  levelShare: (count, share) => `${F.number.format(count)} 則${share === null ? '' : `，佔 ${F.percent.format(share)}`}`,
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
};
