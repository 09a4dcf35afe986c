import { Catalogue } from '../i18n/catalogue.js';

/** Every visible text of the rating pad, in each locale. Templates never hold literals. */
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

export const RATING_PAD_ZH_CN: RatingPadMessages = {
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
};

/** zh-CN ships with the element; en and zh-TW are fetched the first time a `lang` asks for them. */
export const RATING_PAD_CATALOGUE = new Catalogue<RatingPadMessages>(RATING_PAD_ZH_CN, {
  en: () => import('./messages.en.js').then((m) => m.RATING_PAD_EN),
  'zh-TW': () => import('./messages.zh-TW.js').then((m) => m.RATING_PAD_ZH_TW),
});
