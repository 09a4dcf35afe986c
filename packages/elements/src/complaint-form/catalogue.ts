// The element's message catalogue: apart from messages.ts, so that the locale modules it fetches
// take their types from messages.ts without an import cycle.
import { Catalogue } from '../i18n/catalogue.js';
import { COMPLAINT_FORM_ZH_CN, type ComplaintFormMessages } from './messages.js';

/** zh-CN ships with the element; en and zh-TW are fetched the first time a `lang` asks for them. */
export const COMPLAINT_FORM_CATALOGUE = new Catalogue<ComplaintFormMessages>(COMPLAINT_FORM_ZH_CN, {
  en: () => import('./messages.en.js').then((m) => m.COMPLAINT_FORM_EN),
  'zh-TW': () => import('./messages.zh-TW.js').then((m) => m.COMPLAINT_FORM_ZH_TW),
});
