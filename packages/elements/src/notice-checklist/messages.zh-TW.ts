import type { Material } from '@manyi/core';
import type { NoticeChecklistSelfCheckMessages } from './messages.js';

const TW_FORMS: Record<Material['form'], string> = {
  original: '正本',
  copy: '影本',
  'original-and-copy': '正本及影本',
  electronic: '電子檔',
};

export const NOTICE_CHECKLIST_SELF_CHECK_ZH_TW: NoticeChecklistSelfCheckMessages = {
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
  retry: '再試一次',
  clerkLoading: '正在開啟收件核對…',
  clerkUnavailable: '收件核對未能載入，請檢查網路後再試一次',
  selfCheckOnly: '元件設定有誤：此版本僅含材料自查，不能用於收件核對（mode="clerk"），請改為引入 @manyi/elements/notice-checklist.js',
};
