import type { CommitmentLimit } from '@manyi/core';

/** Every visible text of the commitment board, in each locale. Templates never hold literals. */
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
const zhCnPercent = new Intl.NumberFormat('zh-CN', { style: 'percent', maximumFractionDigits: 1 });
const ZH_CN_UNIT: Record<Unit, string> = { minutes: '分钟', hours: '小时', days: '天', 'working-days': '个工作日' };
const ZH_CN_TIER: Record<Tier, string> = { urban: '城区', rural: '农村', remote: '偏远地区' };

function zhCnLimit({ value, unit, measure, areaTier }: CommitmentLimit): string {
  const tier = areaTier ? `${ZH_CN_TIER[areaTier]} ` : '';
  return `${tier}${zhCnNumber.format(value)} ${ZH_CN_UNIT[unit]}内（${measure === 'maximum' ? '最长' : '平均'}）`;
}

export const COMMITMENT_BOARD_ZH_CN: CommitmentBoardMessages = {
  heading: '服务承诺',
  loading: '正在加载服务承诺…',
  empty: '本站暂未公示服务承诺',
  limit: zhCnLimit,
  keptRate: (rate) => zhCnPercent.format(rate),
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
};
