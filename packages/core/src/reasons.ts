import { codesOf, type LabelledCode } from './labelled-codes.js';

/** Why a visitor gave a bad review: the chips a rating pad offers (codes are stored, not labels). */
export const BAD_REVIEW_REASONS = [
  { code: 'attitude', labels: { 'zh-CN': '态度不好', en: 'Unfriendly attitude', 'zh-TW': '態度不好' } },
  { code: 'slow', labels: { 'zh-CN': '办理太慢', en: 'Too slow', 'zh-TW': '辦理太慢' } },
  { code: 'waiting', labels: { 'zh-CN': '等候太久', en: 'Waited too long', 'zh-TW': '等候太久' } },
  { code: 'unclear', labels: { 'zh-CN': '告知不清', en: 'Unclear explanation', 'zh-TW': '告知不清' } },
  { code: 'repeat-trips', labels: { 'zh-CN': '多次跑腿', en: 'Had to come back again', 'zh-TW': '多次跑腿' } },
  { code: 'buck-passing', labels: { 'zh-CN': '推诿扯皮', en: 'Passed from desk to desk', 'zh-TW': '推諉扯皮' } },
  { code: 'fees', labels: { 'zh-CN': '乱收费', en: 'Improper fees', 'zh-TW': '亂收費' } },
  { code: 'environment', labels: { 'zh-CN': '环境设施差', en: 'Poor facilities', 'zh-TW': '環境設施差' } },
  { code: 'other', labels: { 'zh-CN': '其他', en: 'Other', 'zh-TW': '其他' } },
] as const satisfies readonly LabelledCode[];

export type BadReviewReasonCode = (typeof BAD_REVIEW_REASONS)[number]['code'];
export const BAD_REVIEW_REASON_CODES = codesOf(BAD_REVIEW_REASONS);
