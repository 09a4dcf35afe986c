import type { Locale } from '@manyi/core';

/** Every visible text of the rating pad, per locale. Templates never hold literals. */
export interface RatingPadMessages {
  ratePrompt: string;
  reasonPrompt: string;
  commentLabel: string;
  commentCount: (used: number, max: number) => string;
  submitReview: string;
  back: string;
  saving: string;
  thanks: string;
  thanksDetail: string;
  saveFailed: string;
  retry: string;
  /** The pad's attributes cannot make a valid record: tell staff which ones. */
  badSetup: (attributes: readonly string[]) => string;
}

export const RATING_PAD_MESSAGES: Readonly<Record<Locale, RatingPadMessages>> = {
  'zh-CN': {
    ratePrompt: '请您对本次服务进行评价',
    reasonPrompt: '很抱歉让您不满意，请告诉我们原因',
    commentLabel: '其他意见（选填）',
    commentCount: (used, max) => `${used}/${max} 字`,
    submitReview: '提交评价',
    back: '返回',
    saving: '正在保存…',
    thanks: '感谢您的评价！',
    thanksDetail: '您的意见是我们改进工作的动力',
    saveFailed: '评价未能保存，请再试一次或告知工作人员',
    retry: '再试一次',
    badSetup: (a) => `评价器设置有误（${a.join('、')}），暂时不能评价，请联系工作人员`,
  },
  en: {
    ratePrompt: 'How satisfied are you with this service?',
    reasonPrompt: 'We are sorry. Please tell us what went wrong',
    commentLabel: 'Anything else (optional)',
    commentCount: (used, max) => `${used} of ${max} characters`,
    submitReview: 'Submit',
    back: 'Back',
    saving: 'Saving…',
    thanks: 'Thank you for your feedback!',
    thanksDetail: 'Your opinion helps us improve',
    saveFailed: 'Your rating could not be saved. Please try again or tell a member of staff',
    retry: 'Try again',
    badSetup: (a) => `This rating pad is set up wrongly (${a.join(', ')}), so it cannot take ratings. Please tell a member of staff`,
  },
  'zh-TW': {
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
  },
};
