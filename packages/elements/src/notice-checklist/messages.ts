import type { Material } from '@manyi/core';
import { Catalogue } from '../i18n/catalogue.js';

/** Every visible text of the notice checklist, in each locale. Templates never hold literals. */
export interface NoticeChecklistMessages {
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
  retry: string;
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

const ZH_FORMS: Record<Material['form'], string> = {
  original: '原件',
  copy: '复印件',
  'original-and-copy': '原件及复印件',
  electronic: '电子版',
};

// Art. 32(1)(4) of the Administrative Licensing Law: the rule a one-time notice exists to honour.
const LAW_ZH =
  '《中华人民共和国行政许可法》第三十二条第一款第（四）项：申请材料不齐全或者不符合法定形式的，应当当场或者在五日内一次告知申请人需要补正的全部内容，逾期不告知的，自收到申请材料之日起即为受理。';

export const NOTICE_CHECKLIST_ZH_CN: NoticeChecklistMessages = {
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
  clerkHeading: (s) => `${s}：收件核对`,
  clerkIntro: '请勾选已收到的材料；有问题的材料请注明问题。未收到的材料都将列入一次性告知书。',
  applicantHeading: '申请人',
  nameLabel: '申请人姓名',
  phoneLabel: '联系电话（选填）',
  phoneHint: '手机号或带区号的固定电话',
  materialsHeading: '申请材料',
  received: '已收到',
  defective: '有问题，需补正',
  defectLabel: '问题说明',
  defectHint: '例如：复印件不清晰、缺少签名、已过有效期',
  notApplicable: '本次不适用',
  clerkTally: (m, d) => `缺少 ${m} 项，需补正 ${d} 项`,
  nothingToNotify: '材料齐全，无需出具一次性告知书，可以受理',
  issue: '出具一次性告知书',
  issuing: '正在出具…',
  errorSummaryTitle: '请更正以下问题',
  errorPrefix: '错误：',
  nameRequired: '请输入申请人姓名',
  nameTooLong: (max) => `申请人姓名不能超过 ${max} 个字`,
  phoneInvalid: '请输入正确的手机号（11 位）或带区号的固定电话',
  defectRequired: (m) => `请说明“${m}”有什么问题`,
  defectTooLong: (m, max) => `“${m}”的问题说明不能超过 ${max} 个字`,
  saveFailed: '告知书未能保存，填写的内容都还在，请再试一次',
  retry: '再试一次',
  setupProblem: '组件设置有误（站所、窗口或设备编号），无法出具告知书，请联系管理员',
  noticeTitle: '一次性告知书',
  noticeSubtitle: '（材料补正告知书）',
  noticeNoLabel: '编号',
  applicantLabel: '申请人',
  applicantPhoneLabel: '联系电话',
  serviceItemLabel: '办理事项',
  noticeIntro: (s) => `您申请办理的“${s}”，经审查，申请材料不齐全或者不符合法定形式。现将需要补正的全部材料一次性告知如下：`,
  problemMissing: '缺少',
  problemDefective: '需补正',
  whatIsWrong: '问题：',
  legalBasisLabel: '法律依据',
  defaultLegalBasis: LAW_ZH,
  timeLimitLabel: '补正期限',
  timeLimit: (n) => `请于 ${n} 个工作日内补齐上述材料`,
  serviceTimeLimitLabel: '办理时限',
  serviceTimeLimit: (n) => `材料齐全受理后 ${n} 个工作日内办结`,
  feeLabel: '收费',
  placeLabel: '补正地点',
  queryPhoneLabel: '咨询电话',
  windowLabel: '告知窗口',
  staffLabel: '经办人',
  dateLabel: '告知日期',
  signature: '申请人签收：',
  signatureDate: '签收日期：',
  qrLabel: (c) => `二维码，内容：${c}`,
  qrCaption: '扫码查看本告知书',
  issued: '一次性告知书已出具',
  print: '打印告知书',
  next: '办理下一位',
};

/** zh-CN ships with the element; en and zh-TW are fetched the first time a `lang` asks for them. */
export const NOTICE_CHECKLIST_CATALOGUE = new Catalogue<NoticeChecklistMessages>(NOTICE_CHECKLIST_ZH_CN, {
  en: () => import('./messages.en.js').then((m) => m.NOTICE_CHECKLIST_EN),
  'zh-TW': () => import('./messages.zh-TW.js').then((m) => m.NOTICE_CHECKLIST_ZH_TW),
});
