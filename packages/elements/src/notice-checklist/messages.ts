import type { Locale, Material } from '@manyi/core';

/** Every visible text of the notice checklist, per locale. Templates never hold literals. */
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
const TW_FORMS: Record<Material['form'], string> = {
  original: '正本',
  copy: '影本',
  'original-and-copy': '正本及影本',
  electronic: '電子檔',
};
const EN_FORMS: Record<Material['form'], string> = {
  original: 'Original',
  copy: 'Photocopy',
  'original-and-copy': 'Original and photocopy',
  electronic: 'Electronic file',
};

// Art. 32(1)(4) of the Administrative Licensing Law: the rule a one-time notice exists to honour.
const LAW_ZH =
  '《中华人民共和国行政许可法》第三十二条第一款第（四）项：申请材料不齐全或者不符合法定形式的，应当当场或者在五日内一次告知申请人需要补正的全部内容，逾期不告知的，自收到申请材料之日起即为受理。';
const LAW_TW =
  '《中華人民共和國行政許可法》第三十二條第一款第（四）項：申請材料不齊全或者不符合法定形式的，應當當場或者在五日內一次告知申請人需要補正的全部內容，逾期不告知的，自收到申請材料之日起即為受理。';
const LAW_EN =
  'Administrative Licensing Law of the People’s Republic of China, Article 32(1)(4): where application materials are incomplete or not in the statutory form, the office shall tell the applicant everything to be supplemented, all at once, on the spot or within five days; if it does not, the application counts as accepted from the day the materials were received.';

export const NOTICE_CHECKLIST_MESSAGES: Readonly<Record<Locale, NoticeChecklistMessages>> = {
  'zh-CN': {
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
  },
  en: {
    loading: 'Loading the service guide…',
    noServiceItem: 'No service guide was given, so there is no list of materials to show',
    invalidServiceItem: 'The service guide has a mistake, so its list of materials cannot be shown. Please tell the administrator',
    unreachableServiceItem: 'The service guide could not be fetched. Check the network and load it again',
    problemDetail: (d) => `Details: ${d}`,
    reload: 'Load again',
    requirement: (form, n) =>
      form === 'electronic' ? EN_FORMS[form] : n > 0 ? `${EN_FORMS[form]} × ${n}` : `${EN_FORMS[form]}, shown for inspection only`,
    colon: ': ',
    separator: '; ',
    formatLabel: 'Format',
    issuerLabel: 'Issued by',
    howToObtainLabel: 'How to get it',
    conditionLabel: 'When needed',
    selfCheckHeading: (s) => `${s}: check your materials`,
    selfCheckIntro: 'Tick what you have brought to see what is still missing before you take a number',
    haveIt: 'I have it',
    notForMe: 'This does not apply to me',
    missingCount: (n) => `${n} ${n === 1 ? 'material is' : 'materials are'} still missing`,
    bringList: 'Please bring these before you apply:',
    allReady: 'You have everything. You can take a number',
    clerkHeading: (s) => `${s}: check the application`,
    clerkIntro: 'Tick each material received and describe any problem. Every material not received goes on the one-time notice.',
    applicantHeading: 'Applicant',
    nameLabel: 'Applicant’s name',
    phoneLabel: 'Phone (optional)',
    phoneHint: 'A mobile number, or a landline with its area code',
    materialsHeading: 'Materials',
    received: 'Received',
    defective: 'Has a problem, must be corrected',
    defectLabel: 'What is wrong',
    defectHint: 'For example: copy unreadable, signature missing, expired',
    notApplicable: 'Does not apply this time',
    clerkTally: (m, d) => `${m} missing, ${d} to correct`,
    nothingToNotify: 'Everything is here: no one-time notice is needed and the application can be accepted',
    issue: 'Issue one-time notice',
    issuing: 'Issuing…',
    errorSummaryTitle: 'There is a problem',
    errorPrefix: 'Error: ',
    nameRequired: 'Enter the applicant’s name',
    nameTooLong: (max) => `The applicant’s name must be ${max} characters or fewer`,
    phoneInvalid: 'Enter a mobile number (11 digits) or a landline with its area code',
    defectRequired: (m) => `Describe what is wrong with “${m}”`,
    defectTooLong: (m, max) => `The problem with “${m}” must be ${max} characters or fewer`,
    saveFailed: 'The notice could not be saved. Everything entered is still here: please try again',
    retry: 'Try again',
    setupProblem: 'This checklist is not set up correctly (station, window or device number). Please tell the administrator',
    noticeTitle: 'One-time notice',
    noticeSubtitle: '(materials to supplement)',
    noticeNoLabel: 'Notice no.',
    applicantLabel: 'Applicant',
    applicantPhoneLabel: 'Phone',
    serviceItemLabel: 'Service',
    noticeIntro: (s) =>
      `Your application for “${s}” is incomplete or not in the required form. These are all the materials to bring or correct, told to you at once:`,
    problemMissing: 'Missing',
    problemDefective: 'To correct',
    whatIsWrong: 'Problem: ',
    legalBasisLabel: 'Legal basis',
    defaultLegalBasis: LAW_EN,
    timeLimitLabel: 'Time limit',
    timeLimit: (n) => `Please bring the materials above within ${n} working ${n === 1 ? 'day' : 'days'}`,
    serviceTimeLimitLabel: 'Processing time',
    serviceTimeLimit: (n) => `Decided within ${n} working ${n === 1 ? 'day' : 'days'} of acceptance`,
    feeLabel: 'Fee',
    placeLabel: 'Where to bring them',
    queryPhoneLabel: 'Enquiries',
    windowLabel: 'Window',
    staffLabel: 'Staff',
    dateLabel: 'Date',
    signature: 'Received by the applicant: ',
    signatureDate: 'Date: ',
    qrLabel: (c) => `QR code for ${c}`,
    qrCaption: 'Scan to see this notice',
    issued: 'The one-time notice has been issued',
    print: 'Print notice',
    next: 'Next applicant',
  },
  'zh-TW': {
    loading: '正在載入辦事指南…',
    noServiceItem: '尚未提供事項的辦事指南，無法顯示材料清單',
    invalidServiceItem: '辦事指南資料有誤，無法顯示材料清單，請聯繫管理員',
    unreachableServiceItem: '暫時無法取得辦事指南，請檢查網路後重新載入',
    problemDetail: (d) => `詳情：${d}`,
    reload: '重新載入',
    requirement: (form, n) =>
      form === 'electronic' ? TW_FORMS[form] : n > 0 ? `${TW_FORMS[form]} ${n} 份` : `${TW_FORMS[form]}（僅查驗，不留存）`,
    colon: '：',
    separator: '；',
    formatLabel: '格式要求',
    issuerLabel: '出具單位',
    howToObtainLabel: '取得方式',
    conditionLabel: '適用情形',
    selfCheckHeading: (s) => `${s}：材料自查`,
    selfCheckIntro: '請勾選您已備妥的材料，取號前看看還缺什麼',
    haveIt: '我已備妥',
    notForMe: '我不屬於這種情形',
    missingCount: (n) => `還缺 ${n} 項材料`,
    bringList: '請備齊以下材料後再來辦理：',
    allReady: '材料已備齊，可以取號辦理',
    clerkHeading: (s) => `${s}：收件核對`,
    clerkIntro: '請勾選已收到的材料；有問題的材料請註明問題。未收到的材料都將列入一次性告知書。',
    applicantHeading: '申請人',
    nameLabel: '申請人姓名',
    phoneLabel: '聯絡電話（選填）',
    phoneHint: '手機號碼或帶區號的市話',
    materialsHeading: '申請材料',
    received: '已收到',
    defective: '有問題，需補正',
    defectLabel: '問題說明',
    defectHint: '例如：影本不清晰、缺少簽名、已過有效期',
    notApplicable: '本次不適用',
    clerkTally: (m, d) => `缺少 ${m} 項，需補正 ${d} 項`,
    nothingToNotify: '材料齊全，無需出具一次性告知書，可以受理',
    issue: '出具一次性告知書',
    issuing: '正在出具…',
    errorSummaryTitle: '請更正以下問題',
    errorPrefix: '錯誤：',
    nameRequired: '請輸入申請人姓名',
    nameTooLong: (max) => `申請人姓名不能超過 ${max} 個字`,
    phoneInvalid: '請輸入正確的手機號碼（11 位）或帶區號的市話',
    defectRequired: (m) => `請說明「${m}」有什麼問題`,
    defectTooLong: (m, max) => `「${m}」的問題說明不能超過 ${max} 個字`,
    saveFailed: '告知書未能儲存，填寫的內容都還在，請再試一次',
    retry: '再試一次',
    setupProblem: '元件設定有誤（站所、窗口或裝置編號），無法出具告知書，請聯繫管理員',
    noticeTitle: '一次性告知書',
    noticeSubtitle: '（材料補正告知書）',
    noticeNoLabel: '編號',
    applicantLabel: '申請人',
    applicantPhoneLabel: '聯絡電話',
    serviceItemLabel: '辦理事項',
    noticeIntro: (s) => `您申請辦理的「${s}」，經審查，申請材料不齊全或者不符合法定形式。現將需要補正的全部材料一次性告知如下：`,
    problemMissing: '缺少',
    problemDefective: '需補正',
    whatIsWrong: '問題：',
    legalBasisLabel: '法律依據',
    defaultLegalBasis: LAW_TW,
    timeLimitLabel: '補正期限',
    timeLimit: (n) => `請於 ${n} 個工作日內補齊上述材料`,
    serviceTimeLimitLabel: '辦理時限',
    serviceTimeLimit: (n) => `材料齊全受理後 ${n} 個工作日內辦結`,
    feeLabel: '收費',
    placeLabel: '補正地點',
    queryPhoneLabel: '諮詢電話',
    windowLabel: '告知窗口',
    staffLabel: '經辦人',
    dateLabel: '告知日期',
    signature: '申請人簽收：',
    signatureDate: '簽收日期：',
    qrLabel: (c) => `QR 碼，內容：${c}`,
    qrCaption: '掃碼查看本告知書',
    issued: '一次性告知書已出具',
    print: '列印告知書',
    next: '辦理下一位',
  },
};
