import type { Commitment } from '@manyi/core';
import '../commitment-board/define.js';
import type { ManyiCommitmentBoard } from '../commitment-board/commitment-board.js';

export { part, parts, until } from './fixture.js';

/** Posted commitments as a power business hall and an administrative hall would publish them. */
export const REPAIR: Commitment = {
  id: 'c1-repair',
  serviceItemId: 'power-repair',
  promise: '供电故障抢修人员到达现场时间',
  limits: [
    { value: 45, unit: 'minutes', measure: 'maximum', areaTier: 'urban' },
    { value: 90, unit: 'minutes', measure: 'maximum', areaTier: 'rural' },
    { value: 2, unit: 'hours', measure: 'maximum', areaTier: 'remote' },
  ],
  legalBasis: '《供电营业规则》第六十条',
  fees: '抢修不收取任何费用',
  hours: '全天 24 小时',
  hotline: '95598',
  complaintPhone: '0571-87005678',
  liability: '超时到达的，由供电所所长向用户致歉，并纳入当月考核。',
};

export const TRANSFER: Commitment = {
  id: 'c2-transfer',
  promise: '不动产转移登记申请材料齐全的，办结并发证',
  limits: [{ value: 5, unit: 'working-days', measure: 'average' }],
  fees: '住宅 80 元/件',
  hours: '周一至周五 9:00–17:00',
  hotline: '12345',
  complaintPhone: '0571-87005678',
};

export const FIRST_INQUIRY: Commitment = {
  id: 'c3-first-inquiry',
  promise: '首问负责：不能当场答复的按时回复',
  limits: [{ value: 1, unit: 'working-days', measure: 'maximum' }],
  hours: '周一至周五 9:00–17:00',
  hotline: '12345',
};

export const NOTICE: Commitment = { id: 'c4-notice', promise: '材料不齐的，一次性告知需补正的全部内容', limits: [] };

export const ALL = [REPAIR, TRANSFER, FIRST_INQUIRY, NOTICE];

export async function board(
  attributes: Record<string, string> = {},
  commitments: Commitment[] = ALL,
  container?: HTMLElement,
): Promise<ManyiCommitmentBoard> {
  const el = document.createElement('manyi-commitment-board');
  el.commitments = commitments;
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  (container ?? document.body).append(el);
  await el.updateComplete;
  return el;
}

/** A commitment's fields as its term → value texts, whitespace collapsed. */
export function fieldsOf(article: Element): Record<string, string> {
  const clean = (n: Element | null) => n?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  return Object.fromEntries(
    [...article.querySelectorAll('[part~="field"]')].map((row) => [clean(row.querySelector('dt')), clean(row.querySelector('dd'))]),
  );
}

export const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));
