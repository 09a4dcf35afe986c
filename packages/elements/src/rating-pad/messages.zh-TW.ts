import type { RatingPadMessages } from './messages.js';

export const RATING_PAD_ZH_TW: RatingPadMessages = {
  ratePrompt: '請您對本次服務進行評價',
  reasonPrompt: '很抱歉讓您不滿意，請告訴我們原因',
  commentLabel: '其他意見（選填）',
  commentCount: (used, max) => `${used}/${max} 字`,
  submitReview: '提交評價',
  back: '返回',
  saving: '正在保存…',
  thanks: '感謝您的評價！',
  thanksDetail: '您的意見是我們改進工作的動力',
  saveFailed: '評價未能保存，請再試一次或告知工作人員',
  retry: '再試一次',
  badSetup: (a) => `評價器設定有誤（${a.join('、')}），暫時不能評價，請聯繫工作人員`,
};
