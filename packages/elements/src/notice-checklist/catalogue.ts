// The element's message catalogue: apart from messages.ts, so that the locale modules it fetches
// take their types from messages.ts without an import cycle.
import { Catalogue } from '../i18n/catalogue.js';
import { NOTICE_CHECKLIST_SELF_CHECK_ZH_CN, type NoticeChecklistSelfCheckMessages } from './messages.js';

/**
 * The element's own texts: zh-CN ships with it, en and zh-TW are fetched the first time a `lang`
 * asks for them. Clerk mode's texts are a catalogue of their own (messages.clerk.ts).
 */
export const NOTICE_CHECKLIST_CATALOGUE = new Catalogue<NoticeChecklistSelfCheckMessages>(NOTICE_CHECKLIST_SELF_CHECK_ZH_CN, {
  en: () => import('./messages.en.js').then((m) => m.NOTICE_CHECKLIST_SELF_CHECK_EN),
  'zh-TW': () => import('./messages.zh-TW.js').then((m) => m.NOTICE_CHECKLIST_SELF_CHECK_ZH_TW),
});
