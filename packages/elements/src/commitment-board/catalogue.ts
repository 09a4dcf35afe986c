// The element's message catalogue: apart from messages.ts, so that the locale modules it fetches
// take their types from messages.ts without an import cycle.
import { Catalogue } from '../i18n/catalogue.js';
import { COMMITMENT_BOARD_ZH_CN, type CommitmentBoardMessages } from './messages.js';

/** zh-CN ships with the element; en and zh-TW are fetched the first time a `lang` asks for them. */
export const COMMITMENT_BOARD_CATALOGUE = new Catalogue<CommitmentBoardMessages>(COMMITMENT_BOARD_ZH_CN, {
  en: () => import('./messages.en.js').then((m) => m.COMMITMENT_BOARD_EN),
  'zh-TW': () => import('./messages.zh-TW.js').then((m) => m.COMMITMENT_BOARD_ZH_TW),
});
