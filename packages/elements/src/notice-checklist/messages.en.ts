import type { Material } from '@manyi/core';
import type { NoticeChecklistSelfCheckMessages } from './messages.js';

const EN_FORMS: Record<Material['form'], string> = {
  original: 'Original',
  copy: 'Photocopy',
  'original-and-copy': 'Original and photocopy',
  electronic: 'Electronic file',
};

export const NOTICE_CHECKLIST_SELF_CHECK_EN: NoticeChecklistSelfCheckMessages = {
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
  retry: 'Try again',
  clerkLoading: 'Opening the clerk’s check…',
  clerkUnavailable: 'The clerk’s check could not be loaded. Check the network and try again',
  selfCheckOnly:
    'This checklist is not set up correctly: this build is self-check only and cannot be used by a clerk (mode="clerk"). Import @manyi/elements/notice-checklist.js instead',
};
