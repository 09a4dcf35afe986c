// Every element's messages in every locale at once, for hosts that show the same words elsewhere
// (the package root exports them). The elements themselves fetch en and zh-TW only on demand.
import type { Locale } from '@manyi/core';
import { COMMITMENT_BOARD_EN } from './commitment-board/messages.en.js';
import { COMMITMENT_BOARD_ZH_CN, type CommitmentBoardMessages } from './commitment-board/messages.js';
import { COMMITMENT_BOARD_ZH_TW } from './commitment-board/messages.zh-TW.js';
import { COMPLAINT_FORM_EN } from './complaint-form/messages.en.js';
import { COMPLAINT_FORM_ZH_CN, type ComplaintFormMessages } from './complaint-form/messages.js';
import { COMPLAINT_FORM_ZH_TW } from './complaint-form/messages.zh-TW.js';
import { NOTICE_CHECKLIST_CLERK_EN } from './notice-checklist/messages.clerk.en.js';
import { NOTICE_CHECKLIST_CLERK_ZH_CN } from './notice-checklist/messages.clerk.js';
import { NOTICE_CHECKLIST_CLERK_ZH_TW } from './notice-checklist/messages.clerk.zh-TW.js';
import { NOTICE_CHECKLIST_SELF_CHECK_EN } from './notice-checklist/messages.en.js';
import { NOTICE_CHECKLIST_SELF_CHECK_ZH_CN, type NoticeChecklistMessages } from './notice-checklist/messages.js';
import { NOTICE_CHECKLIST_SELF_CHECK_ZH_TW } from './notice-checklist/messages.zh-TW.js';
import { RATING_PAD_ZH_CN } from './rating-pad/messages.after-tap.js';
import { RATING_PAD_EN } from './rating-pad/messages.en.js';
import type { RatingPadMessages } from './rating-pad/messages.js';
import { RATING_PAD_ZH_TW } from './rating-pad/messages.zh-TW.js';
import { SATISFACTION_BOARD_EN } from './satisfaction-board/messages.en.js';
import { SATISFACTION_BOARD_ZH_CN, type SatisfactionBoardMessages } from './satisfaction-board/messages.js';
import { SATISFACTION_BOARD_ZH_TW } from './satisfaction-board/messages.zh-TW.js';

export const RATING_PAD_MESSAGES: Readonly<Record<Locale, RatingPadMessages>> = {
  'zh-CN': RATING_PAD_ZH_CN,
  en: RATING_PAD_EN,
  'zh-TW': RATING_PAD_ZH_TW,
};

export const COMMITMENT_BOARD_MESSAGES: Readonly<Record<Locale, CommitmentBoardMessages>> = {
  'zh-CN': COMMITMENT_BOARD_ZH_CN,
  en: COMMITMENT_BOARD_EN,
  'zh-TW': COMMITMENT_BOARD_ZH_TW,
};

export const COMPLAINT_FORM_MESSAGES: Readonly<Record<Locale, ComplaintFormMessages>> = {
  'zh-CN': COMPLAINT_FORM_ZH_CN,
  en: COMPLAINT_FORM_EN,
  'zh-TW': COMPLAINT_FORM_ZH_TW,
};

/** The checklist's texts of both modes: its own (self-check) and clerk mode's, which it fetches apart. */
export const NOTICE_CHECKLIST_MESSAGES: Readonly<Record<Locale, NoticeChecklistMessages>> = {
  'zh-CN': { ...NOTICE_CHECKLIST_SELF_CHECK_ZH_CN, ...NOTICE_CHECKLIST_CLERK_ZH_CN },
  en: { ...NOTICE_CHECKLIST_SELF_CHECK_EN, ...NOTICE_CHECKLIST_CLERK_EN },
  'zh-TW': { ...NOTICE_CHECKLIST_SELF_CHECK_ZH_TW, ...NOTICE_CHECKLIST_CLERK_ZH_TW },
};

export const SATISFACTION_BOARD_MESSAGES: Readonly<Record<Locale, SatisfactionBoardMessages>> = {
  'zh-CN': SATISFACTION_BOARD_ZH_CN,
  en: SATISFACTION_BOARD_EN,
  'zh-TW': SATISFACTION_BOARD_ZH_TW,
};
