/** The texts of the first screen, and of the failure a tap can meet before anything else arrives. */
export interface RatingPadStartMessages {
  ratePrompt: string;
  saveFailed: string;
  retry: string;
  /** The pad's attributes cannot make a valid record: tell staff which ones. */
  badSetup: (attributes: readonly string[]) => string;
}

/** The texts shown only after a tap: zh-CN's come with the after-tap module (messages.after-tap.ts). */
export interface RatingPadAfterTapMessages {
  reasonPrompt: string;
  back: string;
  commentLabel: string;
  commentCount: (used: number, max: number) => string;
  submitReview: string;
  saving: string;
  thanks: string;
  thanksDetail: string;
}

/** Every visible text of the rating pad, in each locale. Templates never hold literals. */
export interface RatingPadMessages extends RatingPadStartMessages, RatingPadAfterTapMessages {}

export const RATING_PAD_START_ZH_CN: RatingPadStartMessages = {
  ratePrompt: '请您对本次服务进行评价',
  saveFailed: '评价未能保存，请再试一次或告知工作人员',
  retry: '再试一次',
  badSetup: (a) => `评价器设置有误（${a.join('、')}），暂时不能评价，请联系工作人员`,
};
