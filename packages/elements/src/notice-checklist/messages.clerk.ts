// Comes with the clerk module (clerk-desk.ts): a citizen's self-check ships none of these texts.
import { Catalogue } from '../i18n/catalogue.js';
import { NOTICE_CHECKLIST_SELF_CHECK_ZH_CN, type NoticeChecklistClerkMessages, type NoticeChecklistMessages } from './messages.js';

// Art. 32(1)(4) of the Administrative Licensing Law: the rule a one-time notice exists to honour.
const LAW_ZH =
  '《中华人民共和国行政许可法》第三十二条第一款第（四）项：申请材料不齐全或者不符合法定形式的，应当当场或者在五日内一次告知申请人需要补正的全部内容，逾期不告知的，自收到申请材料之日起即为受理。';

export const NOTICE_CHECKLIST_CLERK_ZH_CN: NoticeChecklistClerkMessages = {
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
  officeLabel: '出具单位',
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

/**
 * Every text clerk mode shows, the element's own and the clerk's, switched together so a clerk
 * never sees two languages at once: zh-CN is here, en and zh-TW (both halves) are fetched the
 * first time a `lang` asks for them.
 */
export const NOTICE_CHECKLIST_CLERK_CATALOGUE = new Catalogue<NoticeChecklistMessages>(
  { ...NOTICE_CHECKLIST_SELF_CHECK_ZH_CN, ...NOTICE_CHECKLIST_CLERK_ZH_CN },
  {
    en: () =>
      Promise.all([import('./messages.en.js'), import('./messages.clerk.en.js')]).then(([own, clerk]) => ({
        ...own.NOTICE_CHECKLIST_SELF_CHECK_EN,
        ...clerk.NOTICE_CHECKLIST_CLERK_EN,
      })),
    'zh-TW': () =>
      Promise.all([import('./messages.zh-TW.js'), import('./messages.clerk.zh-TW.js')]).then(([own, clerk]) => ({
        ...own.NOTICE_CHECKLIST_SELF_CHECK_ZH_TW,
        ...clerk.NOTICE_CHECKLIST_CLERK_ZH_TW,
      })),
  },
);
