import { codesOf, type LabelledCode, labelsOf } from './labelled-codes.js';
import type { Labels } from './locale.js';

/**
 * What a complaint is about, in the words of the campaign plans' self-inspection list (敷衍群众、
 * 态度蛮横；办事拖拉、互相推诿；履责不力、失职渎职；野蛮执法、违法行政；乱收乱罚、设置障碍；吃拿卡要、
 * 行为不廉), plus broken commitments and the hall environment. Codes are stored, not labels.
 */
export const COMPLAINT_CATEGORIES = [
  { code: 'attitude', labels: { 'zh-CN': '敷衍群众、态度蛮横', en: 'Indifferent or rude attitude', 'zh-TW': '敷衍群眾、態度蠻橫' } },
  { code: 'delay', labels: { 'zh-CN': '办事拖拉、互相推诿', en: 'Slow service or buck-passing', 'zh-TW': '辦事拖拉、互相推諉' } },
  { code: 'dereliction', labels: { 'zh-CN': '履责不力、失职渎职', en: 'Failure of duty', 'zh-TW': '履責不力、失職瀆職' } },
  {
    code: 'unlawful-enforcement',
    labels: { 'zh-CN': '野蛮执法、违法行政', en: 'Rough or unlawful enforcement', 'zh-TW': '野蠻執法、違法行政' },
  },
  {
    code: 'arbitrary-charges',
    labels: { 'zh-CN': '乱收乱罚、设置障碍', en: 'Arbitrary fees or fines, or obstruction', 'zh-TW': '亂收亂罰、設置障礙' },
  },
  { code: 'favours', labels: { 'zh-CN': '吃拿卡要、行为不廉', en: 'Asking for favours or gifts', 'zh-TW': '吃拿卡要、行為不廉' } },
  { code: 'broken-commitment', labels: { 'zh-CN': '承诺不兑现', en: 'Commitment not kept', 'zh-TW': '承諾不兌現' } },
  { code: 'environment', labels: { 'zh-CN': '服务环境差', en: 'Poor service environment', 'zh-TW': '服務環境差' } },
  { code: 'other', labels: { 'zh-CN': '其他', en: 'Other', 'zh-TW': '其他' } },
] as const satisfies readonly LabelledCode[];

export type ComplaintCategoryCode = (typeof COMPLAINT_CATEGORIES)[number]['code'];
export const COMPLAINT_CATEGORY_CODES = codesOf(COMPLAINT_CATEGORIES);

/** The labels of a category code, or undefined for a code Manyi does not know. */
export function complaintCategoryLabels(code: string): Labels | undefined {
  return labelsOf(COMPLAINT_CATEGORIES, code);
}
