import type { CommitmentLimit, Locale } from '@manyi/core';

/** Every visible text of the commitment board, per locale. Templates never hold literals. */
export interface CommitmentBoardMessages {
  heading: string;
  loading: string;
  empty: string;
  /** One limit as a phrase that reads naturally, e.g. "城区 45 分钟内（最长）". */
  limit: (limit: CommitmentLimit) => string;
  keptRate: (rate: number) => string;
  fields: Readonly<Record<CommitmentField, string>>;
  page: (current: number, total: number) => string;
  pages: string;
  previous: string;
  next: string;
  paused: string;
  invalidData: string;
  network: string;
  http: (status: number) => string;
  notJson: string;
  retry: string;
  details: string;
}

/** The fields a commitment shows under its promise, in display order. */
export const COMMITMENT_FIELDS = ['limits', 'fees', 'hours', 'legalBasis', 'hotline', 'complaintPhone', 'liability', 'keptRate'] as const;
export type CommitmentField = (typeof COMMITMENT_FIELDS)[number];

type Unit = CommitmentLimit['unit'];
type Tier = NonNullable<CommitmentLimit['areaTier']>;

const zhCnNumber = new Intl.NumberFormat('zh-CN');
const zhTwNumber = new Intl.NumberFormat('zh-TW');
const enNumber = new Intl.NumberFormat('en');
const enPlural = new Intl.PluralRules('en');
const percent = (locale: Locale) => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
const PERCENT: Record<Locale, Intl.NumberFormat> = { 'zh-CN': percent('zh-CN'), en: percent('en'), 'zh-TW': percent('zh-TW') };

const ZH_CN_UNIT: Record<Unit, string> = { minutes: '分钟', hours: '小时', days: '天', 'working-days': '个工作日' };
const ZH_CN_TIER: Record<Tier, string> = { urban: '城区', rural: '农村', remote: '偏远地区' };
const ZH_TW_UNIT: Record<Unit, string> = { minutes: '分鐘', hours: '小時', days: '天', 'working-days': '個工作日' };
const ZH_TW_TIER: Record<Tier, string> = { urban: '市區', rural: '鄉村', remote: '偏遠地區' };
const EN_UNIT: Record<Unit, { one: string; other: string }> = {
  minutes: { one: 'minute', other: 'minutes' },
  hours: { one: 'hour', other: 'hours' },
  days: { one: 'day', other: 'days' },
  'working-days': { one: 'working day', other: 'working days' },
};
const EN_TIER: Record<Tier, string> = { urban: 'Urban areas', rural: 'Rural areas', remote: 'Remote areas' };

function zhCnLimit({ value, unit, measure, areaTier }: CommitmentLimit): string {
  const tier = areaTier ? `${ZH_CN_TIER[areaTier]} ` : '';
  return `${tier}${zhCnNumber.format(value)} ${ZH_CN_UNIT[unit]}内（${measure === 'maximum' ? '最长' : '平均'}）`;
}

function zhTwLimit({ value, unit, measure, areaTier }: CommitmentLimit): string {
  const tier = areaTier ? `${ZH_TW_TIER[areaTier]} ` : '';
  return `${tier}${zhTwNumber.format(value)} ${ZH_TW_UNIT[unit]}內（${measure === 'maximum' ? '最長' : '平均'}）`;
}

function enLimit({ value, unit, measure, areaTier }: CommitmentLimit): string {
  const amount = `${enNumber.format(value)} ${EN_UNIT[unit][enPlural.select(value) === 'one' ? 'one' : 'other']}`;
  const phrase = measure === 'maximum' ? `within ${amount} (maximum)` : `${amount} on average`;
  if (areaTier) return `${EN_TIER[areaTier]}: ${phrase}`;
  return phrase.charAt(0).toUpperCase() + phrase.slice(1);
}

export const COMMITMENT_BOARD_MESSAGES: Readonly<Record<Locale, CommitmentBoardMessages>> = {
  'zh-CN': {
    heading: '服务承诺',
    loading: '正在加载服务承诺…',
    empty: '本站暂未公示服务承诺',
    limit: zhCnLimit,
    keptRate: (rate) => PERCENT['zh-CN'].format(rate),
    fields: {
      limits: '承诺时限',
      fees: '收费标准',
      hours: '办公时间',
      legalBasis: '法律依据',
      hotline: '服务热线',
      complaintPhone: '投诉电话',
      liability: '违诺责任',
      keptRate: '兑现率',
    },
    page: (current, total) => `第 ${current}/${total} 页`,
    pages: '翻页',
    previous: '上一页',
    next: '下一页',
    paused: '已暂停翻页',
    invalidData: '服务承诺数据有误，暂时无法显示。请将下面的问题告知网站或大厅管理员。',
    network: '无法获取服务承诺：网络连接失败。请检查网络后重新加载。',
    http: (status) => `无法获取服务承诺：服务器返回错误（HTTP ${status}）。请稍后重新加载。`,
    notJson: '无法读取服务承诺：服务器返回的不是有效的 JSON 数据。请告知网站管理员。',
    retry: '重新加载',
    details: '问题详情：',
  },
  en: {
    heading: 'Service commitments',
    loading: 'Loading service commitments…',
    empty: 'This station has not posted any service commitments yet',
    limit: enLimit,
    keptRate: (rate) => PERCENT.en.format(rate),
    fields: {
      limits: 'Time limit',
      fees: 'Fees',
      hours: 'Opening hours',
      legalBasis: 'Legal basis',
      hotline: 'Hotline',
      complaintPhone: 'Complaints',
      liability: 'If we break this promise',
      keptRate: 'Promise kept',
    },
    page: (current, total) => `Page ${current} of ${total}`,
    pages: 'Pages',
    previous: 'Previous page',
    next: 'Next page',
    paused: 'Paging paused',
    invalidData:
      'The service commitments contain errors and cannot be shown. Please pass the problems below to the site or hall administrator.',
    network: 'The service commitments could not be fetched: the network is unavailable. Check the connection and reload.',
    http: (status) =>
      `The service commitments could not be fetched: the server answered with an error (HTTP ${status}). Please reload later.`,
    notJson: 'The service commitments could not be read: the server did not return valid JSON. Please tell the site administrator.',
    retry: 'Reload',
    details: 'Details: ',
  },
  'zh-TW': {
    heading: '服務承諾',
    loading: '正在載入服務承諾…',
    empty: '本站暫未公示服務承諾',
    limit: zhTwLimit,
    keptRate: (rate) => PERCENT['zh-TW'].format(rate),
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
  },
};
