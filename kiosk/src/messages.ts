import type { Locale } from '@manyi/core';

/** The kiosk's own texts (the rating pad brings its own). */
export const KIOSK_MESSAGES: Readonly<
  Record<
    Locale,
    Record<
      | 'setupTitle'
      | 'setupHelp'
      | 'codeLabel'
      | 'enroll'
      | 'enrolling'
      | 'chooseWindow'
      | 'starting'
      | 'pending'
      | 'allSent'
      | 'needsEnrollment'
      | 'offlineNoConfig',
      string
    >
  >
> = {
  'zh-CN': {
    setupTitle: '评价器设置',
    setupHelp: '请输入站所管理员提供的注册码，将本设备登记到服务大厅。',
    codeLabel: '注册码',
    enroll: '登记设备',
    enrolling: '正在登记…',
    chooseWindow: '请选择本设备所在的窗口',
    starting: '正在启动…',
    pending: '条评价待上传',
    allSent: '评价已全部上传',
    needsEnrollment: '本设备需要重新登记，已保存的评价不会丢失。',
    offlineNoConfig: '无法连接服务器，且本设备尚无配置。请检查网络后重试。',
  },
  en: {
    setupTitle: 'Rating pad setup',
    setupHelp: 'Enter the enrollment code from your station manager to register this device.',
    codeLabel: 'Enrollment code',
    enroll: 'Register device',
    enrolling: 'Registering…',
    chooseWindow: 'Which window is this device at?',
    starting: 'Starting…',
    pending: 'ratings waiting to upload',
    allSent: 'All ratings uploaded',
    needsEnrollment: 'This device must be registered again. Saved ratings are kept.',
    offlineNoConfig: 'Cannot reach the server and this device has no settings yet. Check the network and try again.',
  },
  'zh-TW': {
    setupTitle: '評價器設定',
    setupHelp: '請輸入站所管理員提供的註冊碼，將本設備登記到服務大廳。',
    codeLabel: '註冊碼',
    enroll: '登記設備',
    enrolling: '正在登記…',
    chooseWindow: '請選擇本設備所在的窗口',
    starting: '正在啟動…',
    pending: '條評價待上傳',
    allSent: '評價已全部上傳',
    needsEnrollment: '本設備需要重新登記，已保存的評價不會遺失。',
    offlineNoConfig: '無法連接伺服器，且本設備尚無設定。請檢查網路後重試。',
  },
};
