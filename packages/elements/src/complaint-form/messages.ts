/** Every visible text of the complaint form, in each locale. Templates never hold literals. */
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
  /** Over the secret shown with the number. */
  secretLabel: string;
  another: string;
}

export const COMPLAINT_FORM_ZH_CN: ComplaintFormMessages = {
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
  trackingHint: '请记下或拍照保存编号和查询码，凭二者可以查询处理进度和答复。',
  secretLabel: '查询码',
  another: '再提交一条投诉',
};
