// The element's message catalogue: apart from messages.ts, so that the locale modules it fetches
// take their types from messages.ts without an import cycle.
import { Catalogue } from '../i18n/catalogue.js';
import { RATING_PAD_START_ZH_CN, type RatingPadMessages, type RatingPadStartMessages } from './messages.js';

/**
 * The first screen's zh-CN ships with the element; en and zh-TW (every text) are fetched the
 * first time a `lang` asks for them.
 */
export const RATING_PAD_CATALOGUE = new Catalogue<RatingPadStartMessages | RatingPadMessages>(RATING_PAD_START_ZH_CN, {
  en: () => import('./messages.en.js').then((m) => m.RATING_PAD_EN),
  'zh-TW': () => import('./messages.zh-TW.js').then((m) => m.RATING_PAD_ZH_TW),
});
