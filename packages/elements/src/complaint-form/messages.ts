import type { Locale } from '@manyi/core';

/** Every visible text of the complaint form, per locale. Templates never hold literals. */
export interface ComplaintFormMessages {
  title: string;
  intro: string;
  about: string;
  /** After each context label: a full-width colon in Chinese. */
  colon: string;
  window: string;
  staff: string;
  serviceItem: string;
  category: string;
  description: string;
  descriptionHint: string;
  /** The length counter under the description. */
  count: (used: number, max: number) => string;
  reply: string;
  replyNo: string;
  replyNoHint: string;
  replyYes: string;
  replyYesHint: string;
  name: string;
  optional: string;
  phone: string;
  phoneHint: string;
  consent: string;
  submit: string;
  submitting: string;
  resubmit: string;
  /** Read before each inline error message, visually hidden (GOV.UK pattern). */
  errorPrefix: string;
  summaryTitle: string;
  // Field messages: what to do, in the visitor's words.
  categoryRequired: string;
  descriptionRequired: string;
  descriptionTooLong: (max: number, over: number) => string;
  nameTooLong: (max: number) => string;
  phoneRequired: string;
  phoneNoAreaCode: string;
  phoneMobileLength: string;
  phoneInvalid: string;
  consentRequired: string;
  // Submission failures: nothing the visitor typed is lost.
  offline: string;
  refused: string;
  failed: string;
  badRecord: string;
  misconfigured: string;
  // Success.
  done: string;
  trackingLabel: string;
  trackingHint: string;
  another: string;
}

export const COMPLAINT_FORM_MESSAGES: Readonly<Record<Locale, ComplaintFormMessages>> = {
  'zh-CN': {
    title: '我要投诉',
    intro: '投诉默认匿名提交。如需我们答复，请留下联系电话。',
    about: '投诉涉及',
    colon: '：',
    window: '窗口',
    staff: '工作人员',
    serviceItem: '事项',
    category: '投诉类别',
    description: '投诉内容',
    descriptionHint: '请写明发生了什么、在什么时间，以及您希望如何处理。',
    count: (used, max) => `已输入 ${used}/${max} 字`,
    reply: '需要我们答复吗？',
    replyNo: '不需要答复（匿名投诉）',
    replyNoHint: '不留任何个人信息。',
    replyYes: '需要答复，我留下联系方式',
    replyYesHint: '联系方式仅用于答复本次投诉。',
    name: '姓名',
    optional: '（选填）',
    phone: '联系电话',
    phoneHint: '手机号码，或带区号的固定电话，如 010-12345678',
    consent: '我同意上述联系方式仅用于答复本次投诉',
    submit: '提交投诉',
    submitting: '正在提交…',
    resubmit: '重新提交',
    errorPrefix: '错误：',
    summaryTitle: '出现问题',
    categoryRequired: '请选择投诉类别',
    descriptionRequired: '请填写投诉内容',
    descriptionTooLong: (max, over) => `投诉内容不能超过 ${max} 字，请删减 ${over} 字`,
    nameTooLong: (max) => `姓名不能超过 ${max} 字`,
    phoneRequired: '请填写联系电话，以便我们答复您',
    phoneNoAreaCode: '固定电话请加区号，如 010-12345678',
    phoneMobileLength: '手机号码应为 11 位数字',
    phoneInvalid: '请填写 11 位手机号码，或带区号的固定电话，如 010-12345678',
    consentRequired: '请勾选同意，我们才能用您的联系方式答复您',
    offline: '网络连接出现问题，投诉尚未提交。您填写的内容都还在，请稍后重新提交。',
    refused: '投诉暂时无法受理，尚未提交。您填写的内容都还在，请稍后重新提交，或向工作人员求助。',
    failed: '投诉未能保存，尚未提交。您填写的内容都还在，请重新提交，或向工作人员求助。',
    badRecord: '投诉表设置有误，投诉尚未提交。请向工作人员求助。',
    misconfigured: '此投诉表尚未设置好，暂时无法提交投诉。请向工作人员求助。',
    done: '投诉已提交',
    trackingLabel: '您的投诉编号',
    trackingHint: '请记下或拍照保存此编号，凭编号可以查询处理进度和答复。',
    another: '再提交一条投诉',
  },
  en: {
    title: 'Make a complaint',
    intro: 'Complaints are anonymous unless you ask for a reply and leave a phone number.',
    about: 'This complaint is about',
    colon: ':',
    window: 'Window',
    staff: 'Staff',
    serviceItem: 'Service',
    category: 'What is the complaint about?',
    description: 'What happened?',
    descriptionHint: 'Say what happened, when, and what you would like us to do.',
    count: (used, max) => `${used} of ${max} characters`,
    reply: 'Do you want a reply?',
    replyNo: 'No reply needed (anonymous)',
    replyNoHint: 'No personal details are kept.',
    replyYes: 'Yes, reply to me',
    replyYesHint: 'Your contact details are used only to reply to this complaint.',
    name: 'Name',
    optional: ' (optional)',
    phone: 'Phone number',
    phoneHint: 'A mobile, or a landline with its area code, like 010-12345678',
    consent: 'I agree that these contact details are used only to reply to this complaint',
    submit: 'Send complaint',
    submitting: 'Sending…',
    resubmit: 'Send again',
    errorPrefix: 'Error: ',
    summaryTitle: 'There is a problem',
    categoryRequired: 'Select what the complaint is about',
    descriptionRequired: 'Describe what happened',
    descriptionTooLong: (max, over) => `The description must be ${max} characters or fewer; remove ${over}`,
    nameTooLong: (max) => `The name must be ${max} characters or fewer`,
    phoneRequired: 'Enter a phone number so that we can reply to you',
    phoneNoAreaCode: 'Enter a landline with its area code, like 010-12345678',
    phoneMobileLength: 'A mobile number has 11 digits',
    phoneInvalid: 'Enter an 11-digit mobile number, or a landline with its area code, like 010-12345678',
    consentRequired: 'Tick the box to agree, so that we can use your contact details to reply',
    offline: 'The connection failed and the complaint has not been sent. What you wrote is still here: please send it again later.',
    refused:
      'The complaint could not be accepted right now and has not been sent. What you wrote is still here: send it again later or ask a member of staff.',
    failed: 'The complaint could not be saved and has not been sent. What you wrote is still here: send it again or ask a member of staff.',
    badRecord: 'This complaint form is set up wrongly and the complaint has not been sent. Please ask a member of staff.',
    misconfigured: 'This complaint form is not set up yet, so complaints cannot be sent. Please ask a member of staff.',
    done: 'Complaint sent',
    trackingLabel: 'Your complaint number',
    trackingHint: 'Write it down or take a photo: you need it to check progress and read our reply.',
    another: 'Make another complaint',
  },
  'zh-TW': {
    title: '我要投訴',
    intro: '投訴預設匿名提交。如需我們答覆，請留下聯絡電話。',
    about: '投訴涉及',
    colon: '：',
    window: '窗口',
    staff: '工作人員',
    serviceItem: '事項',
    category: '投訴類別',
    description: '投訴內容',
    descriptionHint: '請寫明發生了什麼、在什麼時間，以及您希望如何處理。',
    count: (used, max) => `已輸入 ${used}/${max} 字`,
    reply: '需要我們答覆嗎？',
    replyNo: '不需要答覆（匿名投訴）',
    replyNoHint: '不留任何個人資料。',
    replyYes: '需要答覆，我留下聯絡方式',
    replyYesHint: '聯絡方式僅用於答覆本次投訴。',
    name: '姓名',
    optional: '（選填）',
    phone: '聯絡電話',
    phoneHint: '手機號碼，或帶區號的固定電話，如 010-12345678',
    consent: '我同意上述聯絡方式僅用於答覆本次投訴',
    submit: '提交投訴',
    submitting: '正在提交…',
    resubmit: '重新提交',
    errorPrefix: '錯誤：',
    summaryTitle: '出現問題',
    categoryRequired: '請選擇投訴類別',
    descriptionRequired: '請填寫投訴內容',
    descriptionTooLong: (max, over) => `投訴內容不能超過 ${max} 字，請刪減 ${over} 字`,
    nameTooLong: (max) => `姓名不能超過 ${max} 字`,
    phoneRequired: '請填寫聯絡電話，以便我們答覆您',
    phoneNoAreaCode: '固定電話請加區號，如 010-12345678',
    phoneMobileLength: '手機號碼應為 11 位數字',
    phoneInvalid: '請填寫 11 位手機號碼，或帶區號的固定電話，如 010-12345678',
    consentRequired: '請勾選同意，我們才能用您的聯絡方式答覆您',
    offline: '網路連線出現問題，投訴尚未提交。您填寫的內容都還在，請稍後重新提交。',
    refused: '投訴暫時無法受理，尚未提交。您填寫的內容都還在，請稍後重新提交，或向工作人員求助。',
    failed: '投訴未能保存，尚未提交。您填寫的內容都還在，請重新提交，或向工作人員求助。',
    badRecord: '投訴表設定有誤，投訴尚未提交。請向工作人員求助。',
    misconfigured: '此投訴表尚未設定好，暫時無法提交投訴。請向工作人員求助。',
    done: '投訴已提交',
    trackingLabel: '您的投訴編號',
    trackingHint: '請記下或拍照保存此編號，憑編號可以查詢處理進度和答覆。',
    another: '再提交一條投訴',
  },
};
