import type { Material } from '@manyi/core';

/**
 * The texts the element ships with: the service item's state, the materials and the citizen's
 * self-check, and what clerk mode says before its module is here.
 */
export interface NoticeChecklistSelfCheckMessages {
  loading: string;
  noServiceItem: string;
  invalidServiceItem: string;
  unreachableServiceItem: string;
  problemDetail: (detail: string) => string;
  reload: string;
  /** "Original, 1 copy": what form and how many of a material to bring. */
  requirement: (form: Material['form'], copies: number) => string;
  /** After a label ("出具单位：", "Issued by: "). */
  colon: string;
  /** Between parts of a requirement ("原件 1 份；A4 纸"). */
  separator: string;
  formatLabel: string;
  issuerLabel: string;
  howToObtainLabel: string;
  conditionLabel: string;
  selfCheckHeading: (serviceItem: string) => string;
  selfCheckIntro: string;
  haveIt: string;
  notForMe: string;
  missingCount: (n: number) => string;
  bringList: string;
  allReady: string;
  retry: string;
  /** Clerk mode's module is on its way. */
  clerkLoading: string;
  /** Clerk mode's module could not be fetched (offline, nothing cached). */
  clerkUnavailable: string;
  /** Clerk mode asked of the self-check-only build: tells staff what to import instead. */
  selfCheckOnly: string;
}

/** The clerk's form and the notice: zh-CN's come with the clerk module (messages.clerk.ts). */
export interface NoticeChecklistClerkMessages {
  clerkHeading: (serviceItem: string) => string;
  clerkIntro: string;
  applicantHeading: string;
  nameLabel: string;
  phoneLabel: string;
  phoneHint: string;
  materialsHeading: string;
  received: string;
  defective: string;
  defectLabel: string;
  defectHint: string;
  notApplicable: string;
  clerkTally: (missing: number, defective: number) => string;
  nothingToNotify: string;
  issue: string;
  issuing: string;
  errorSummaryTitle: string;
  errorPrefix: string;
  nameRequired: string;
  nameTooLong: (max: number) => string;
  phoneInvalid: string;
  defectRequired: (material: string) => string;
  defectTooLong: (material: string, max: number) => string;
  saveFailed: string;
  setupProblem: string;
  noticeTitle: string;
  noticeSubtitle: string;
  noticeNoLabel: string;
  applicantLabel: string;
  applicantPhoneLabel: string;
  serviceItemLabel: string;
  noticeIntro: (serviceItem: string) => string;
  problemMissing: string;
  problemDefective: string;
  whatIsWrong: string;
  legalBasisLabel: string;
  defaultLegalBasis: string;
  timeLimitLabel: string;
  timeLimit: (days: number) => string;
  serviceTimeLimitLabel: string;
  serviceTimeLimit: (days: number) => string;
  feeLabel: string;
  placeLabel: string;
  queryPhoneLabel: string;
  officeLabel: string;
  windowLabel: string;
  staffLabel: string;
  dateLabel: string;
  signature: string;
  signatureDate: string;
  qrLabel: (content: string) => string;
  qrCaption: string;
  issued: string;
  print: string;
  next: string;
}

/** Every visible text of the notice checklist, in each locale. Templates never hold literals. */
export interface NoticeChecklistMessages extends NoticeChecklistSelfCheckMessages, NoticeChecklistClerkMessages {}

const ZH_FORMS: Record<Material['form'], string> = {
  original: '原件',
  copy: '复印件',
  'original-and-copy': '原件及复印件',
  electronic: '电子版',
};

export const NOTICE_CHECKLIST_SELF_CHECK_ZH_CN: NoticeChecklistSelfCheckMessages = {
  loading: '正在加载办事指南…',
  noServiceItem: '尚未提供事项的办事指南，无法显示材料清单',
  invalidServiceItem: '办事指南数据有误，无法显示材料清单，请联系管理员',
  unreachableServiceItem: '暂时无法获取办事指南，请检查网络后重新加载',
  problemDetail: (d) => `详情：${d}`,
  reload: '重新加载',
  requirement: (form, n) =>
    form === 'electronic' ? ZH_FORMS[form] : n > 0 ? `${ZH_FORMS[form]} ${n} 份` : `${ZH_FORMS[form]}（仅查验，不留存）`,
  colon: '：',
  separator: '；',
  formatLabel: '格式要求',
  issuerLabel: '出具单位',
  howToObtainLabel: '获取方式',
  conditionLabel: '适用情形',
  selfCheckHeading: (s) => `${s}：材料自查`,
  selfCheckIntro: '请勾选您已备好的材料，取号前看看还缺什么',
  haveIt: '我已备好',
  notForMe: '我不属于这种情形',
  missingCount: (n) => `还缺 ${n} 项材料`,
  bringList: '请备齐以下材料后再来办理：',
  allReady: '材料已备齐，可以取号办理',
  retry: '再试一次',
  clerkLoading: '正在打开收件核对…',
  clerkUnavailable: '收件核对未能加载，请检查网络后再试一次',
  selfCheckOnly: '组件设置有误：此版本仅含材料自查，不能用于收件核对（mode="clerk"），请改为引入 @manyi/elements/notice-checklist.js',
};
