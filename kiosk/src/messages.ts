import type { Locale } from '@manyi/core';
import type { SyncState } from '@manyi/outbox';

/** The kiosk's own texts (each element brings its own). */
export interface KioskMessages {
  setupTitle: string;
  setupHelp: string;
  codeLabel: string;
  enroll: string;
  enrolling: string;
  chooseWindow: string;
  starting: string;
  pending: (n: number) => string;
  allSent: string;
  needsEnrollment: string;
  /** Over the pad while a clerk's service event is rated: who and what, and the ticket (办件号). */
  served: (who: string, ticket: string) => string;
  offlineNoConfig: string;
  retry: string;
  commitments: string;
  complaint: string;
  checklists: string;
  checklistsHelp: string;
  otherServices: string;
  more: string;
  language: string;
  home: string;
  pinTitle: string;
  pinLabel: string;
  pinWrong: string;
  unlock: string;
  cancel: string;
  adminTitle: string;
  station: string;
  window: string;
  device: string;
  version: string;
  syncState: string;
  syncStates: Record<SyncState, string>;
  pendingCount: string;
  quarantinedCount: string;
  /** Heading over the records the collector refused, kept on this tablet for the attendant. */
  refusedTitle: string;
  refusedComplaint: (trackingNo: string) => string;
  refusedRecord: string;
  refusedAt: string;
  personalDataErased: string;
  oldestPending: string;
  lastSuccess: string;
  persisted: string;
  storage: string;
  lastError: string;
  yes: string;
  no: string;
  never: string;
  none: string;
  syncNow: string;
  changeWindow: string;
  reenroll: string;
  close: string;
  updateReady: string;
}

export const KIOSK_MESSAGES: Readonly<Record<Locale, KioskMessages>> = {
  'zh-CN': {
    setupTitle: '评价器设置',
    setupHelp: '请输入站所管理员提供的注册码，将本设备登记到服务大厅。',
    codeLabel: '注册码',
    enroll: '登记设备',
    enrolling: '正在登记…',
    chooseWindow: '请选择本设备所在的窗口',
    starting: '正在启动…',
    pending: (n) => `${n} 条评价待上传`,
    allSent: '评价已全部上传',
    needsEnrollment: '本设备需要重新登记，已保存的评价不会丢失。',
    served: (who, ticket) => `请评价本次服务${who ? `：${who}` : ''}（办件号 ${ticket}）`,
    offlineNoConfig: '无法连接服务器，且本设备尚无配置。请检查网络后重试。',
    retry: '重试',
    commitments: '服务承诺',
    complaint: '我要投诉',
    checklists: '办事材料',
    checklistsHelp: '请选择要办理的事项，核对需要携带的材料',
    otherServices: '其他事项',
    more: '更多服务',
    language: 'English',
    home: '返回评价',
    pinTitle: '管理',
    pinLabel: '请输入管理密码',
    pinWrong: '密码不正确',
    unlock: '进入',
    cancel: '取消',
    adminTitle: '设备管理',
    station: '站所',
    window: '窗口',
    device: '设备编号',
    version: '版本',
    syncState: '上传状态',
    syncStates: { idle: '空闲', sending: '正在上传', retrying: '等待重试', unauthorized: '设备未获授权，请重新登记' },
    pendingCount: '待上传',
    quarantinedCount: '被拒收',
    refusedTitle: '服务器拒收的记录',
    refusedComplaint: (n) => `投诉 ${n}`,
    refusedRecord: '记录',
    refusedAt: '拒收时间',
    personalDataErased: '已过保存期限，姓名和电话已删除',
    oldestPending: '最早待上传',
    lastSuccess: '最近上传成功',
    persisted: '持久存储',
    storage: '存储用量',
    lastError: '最近错误',
    yes: '已授予',
    no: '未授予',
    never: '从未',
    none: '无',
    syncNow: '立即上传',
    changeWindow: '更换窗口',
    reenroll: '重新登记',
    close: '关闭',
    updateReady: '新版本已就绪，空闲时自动更新',
  },
  en: {
    setupTitle: 'Rating pad setup',
    setupHelp: 'Enter the enrollment code from your station manager to register this device.',
    codeLabel: 'Enrollment code',
    enroll: 'Register device',
    enrolling: 'Registering…',
    chooseWindow: 'Which window is this device at?',
    starting: 'Starting…',
    pending: (n) => `${n} rating${n === 1 ? '' : 's'} waiting to upload`,
    allSent: 'All ratings uploaded',
    needsEnrollment: 'This device must be registered again. Saved ratings are kept.',
    served: (who, ticket) => `Please rate this service${who ? `: ${who}` : ''} (ticket ${ticket})`,
    offlineNoConfig: 'Cannot reach the server and this device has no settings yet. Check the network and try again.',
    retry: 'Try again',
    commitments: 'Our commitments',
    complaint: 'Make a complaint',
    checklists: 'What to bring',
    checklistsHelp: 'Choose a service to check which materials to bring',
    otherServices: 'Other services',
    more: 'More services',
    language: '中文',
    home: 'Back to rating',
    pinTitle: 'Administration',
    pinLabel: 'Enter the station PIN',
    pinWrong: 'Wrong PIN',
    unlock: 'Open',
    cancel: 'Cancel',
    adminTitle: 'Device administration',
    station: 'Station',
    window: 'Window',
    device: 'Device',
    version: 'Version',
    syncState: 'Upload state',
    syncStates: { idle: 'Idle', sending: 'Uploading', retrying: 'Waiting to retry', unauthorized: 'Device not authorised: enrol it again' },
    pendingCount: 'Waiting to upload',
    quarantinedCount: 'Refused',
    refusedTitle: 'Records the server refused',
    refusedComplaint: (n) => `Complaint ${n}`,
    refusedRecord: 'Record',
    refusedAt: 'Refused at',
    personalDataErased: 'Past the retention period: name and phone erased',
    oldestPending: 'Oldest waiting since',
    lastSuccess: 'Last successful upload',
    persisted: 'Persistent storage',
    storage: 'Storage used',
    lastError: 'Last error',
    yes: 'granted',
    no: 'not granted',
    never: 'never',
    none: 'none',
    syncNow: 'Upload now',
    changeWindow: 'Change window',
    reenroll: 'Register again',
    close: 'Close',
    updateReady: 'A new version is ready and installs when the tablet is idle',
  },
  'zh-TW': {
    setupTitle: '評價器設定',
    setupHelp: '請輸入站所管理員提供的註冊碼，將本設備登記到服務大廳。',
    codeLabel: '註冊碼',
    enroll: '登記設備',
    enrolling: '正在登記…',
    chooseWindow: '請選擇本設備所在的窗口',
    starting: '正在啟動…',
    pending: (n) => `${n} 條評價待上傳`,
    allSent: '評價已全部上傳',
    needsEnrollment: '本設備需要重新登記，已保存的評價不會遺失。',
    served: (who, ticket) => `請評價本次服務${who ? `：${who}` : ''}（辦件號 ${ticket}）`,
    offlineNoConfig: '無法連接伺服器，且本設備尚無設定。請檢查網路後重試。',
    retry: '重試',
    commitments: '服務承諾',
    complaint: '我要投訴',
    checklists: '辦事材料',
    checklistsHelp: '請選擇要辦理的事項，核對需要攜帶的材料',
    otherServices: '其他事項',
    more: '更多服務',
    language: 'English',
    home: '返回評價',
    pinTitle: '管理',
    pinLabel: '請輸入管理密碼',
    pinWrong: '密碼不正確',
    unlock: '進入',
    cancel: '取消',
    adminTitle: '設備管理',
    station: '站所',
    window: '窗口',
    device: '設備編號',
    version: '版本',
    syncState: '上傳狀態',
    syncStates: { idle: '閒置', sending: '正在上傳', retrying: '等待重試', unauthorized: '設備未獲授權，請重新登記' },
    pendingCount: '待上傳',
    quarantinedCount: '被拒收',
    refusedTitle: '伺服器拒收的記錄',
    refusedComplaint: (n) => `投訴 ${n}`,
    refusedRecord: '記錄',
    refusedAt: '拒收時間',
    personalDataErased: '已過保存期限，姓名和電話已刪除',
    oldestPending: '最早待上傳',
    lastSuccess: '最近上傳成功',
    persisted: '持久儲存',
    storage: '儲存用量',
    lastError: '最近錯誤',
    yes: '已授予',
    no: '未授予',
    never: '從未',
    none: '無',
    syncNow: '立即上傳',
    changeWindow: '更換窗口',
    reenroll: '重新登記',
    close: '關閉',
    updateReady: '新版本已就緒，空閒時自動更新',
  },
};
