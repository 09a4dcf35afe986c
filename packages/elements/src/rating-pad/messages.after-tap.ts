import type { RatingPadAfterTapMessages, RatingPadMessages, RatingPadStartMessages } from './messages.js';
import { RATING_PAD_START_ZH_CN } from './messages.js';

/** zh-CN's texts after a tap, fetched with the after-tap module rather than with the faces. */
export const RATING_PAD_AFTER_TAP_ZH_CN: RatingPadAfterTapMessages = {
  reasonPrompt: '很抱歉让您不满意，请告诉我们原因',
  back: '返回',
  commentLabel: '其他意见（选填）',
  commentCount: (used, max) => `${used}/${max} 字`,
  submitReview: '提交评价',
  saving: '正在保存…',
  thanks: '感谢您的评价！',
  thanksDetail: '您的意见是我们改进工作的动力',
};

/** Every zh-CN text of the pad. */
export const RATING_PAD_ZH_CN: RatingPadMessages = { ...RATING_PAD_START_ZH_CN, ...RATING_PAD_AFTER_TAP_ZH_CN };

/** The shown locale's messages with every text: only zh-CN's are split, and they are both here now. */
export function allMessages(t: RatingPadStartMessages | RatingPadMessages): RatingPadMessages {
  return 'thanks' in t ? t : { ...t, ...RATING_PAD_AFTER_TAP_ZH_CN };
}
