import type { CommitmentLimit } from '@manyi/core';
import type { CommitmentBoardMessages } from './messages.js';

type Unit = CommitmentLimit['unit'];
type Tier = NonNullable<CommitmentLimit['areaTier']>;

const zhTwNumber = new Intl.NumberFormat('zh-TW');
const zhTwPercent = new Intl.NumberFormat('zh-TW', { style: 'percent', maximumFractionDigits: 1 });
const ZH_TW_UNIT: Record<Unit, string> = { minutes: '分鐘', hours: '小時', days: '天', 'working-days': '個工作日' };
const ZH_TW_TIER: Record<Tier, string> = { urban: '市區', rural: '鄉村', remote: '偏遠地區' };

function zhTwLimit({ value, unit, measure, areaTier }: CommitmentLimit): string {
  const tier = areaTier ? `${ZH_TW_TIER[areaTier]} ` : '';
  return `${tier}${zhTwNumber.format(value)} ${ZH_TW_UNIT[unit]}內（${measure === 'maximum' ? '最長' : '平均'}）`;
}
export const COMMITMENT_BOARD_ZH_TW: CommitmentBoardMessages = {
  heading: '服務承諾',
  loading: '正在載入服務承諾…',
  empty: '本站暫未公示服務承諾',
  limit: zhTwLimit,
  keptRate: (rate) => zhTwPercent.format(rate),
  fields: {
    limits: '承諾時限',
    fees: '收費標準',
    hours: '辦公時間',
    legalBasis: '法律依據',
    hotline: '服務熱線',
    complaintPhone: '投訴電話',
    liability: '違諾責任',
    keptRate: '兌現率',
  },
  page: (current, total) => `第 ${current}/${total} 頁`,
  pages: '翻頁',
  previous: '上一頁',
  next: '下一頁',
  paused: '已暫停翻頁',
  invalidData: '服務承諾資料有誤，暫時無法顯示。請將下面的問題告知網站或大廳管理員。',
  network: '無法取得服務承諾：網路連線失敗。請檢查網路後重新載入。',
  http: (status) => `無法取得服務承諾：伺服器回傳錯誤（HTTP ${status}）。請稍後重新載入。`,
  notJson: '無法讀取服務承諾：伺服器回傳的不是有效的 JSON 資料。請告知網站管理員。',
  retry: '重新載入',
  details: '問題詳情：',
};
