import type { MessageKey } from '../i18n/messages.js';
import type { BadReviewCase, CaseState } from '../schemas.js';

export const STATE_LABEL: Readonly<Record<CaseState, MessageKey>> = {
  new: 'stateNew',
  'called-back': 'stateCalledBack',
  rectifying: 'stateRectifying',
  rectified: 'stateRectified',
  satisfied: 'stateSatisfied',
  'not-satisfied': 'stateNotSatisfied',
  appealed: 'stateAppealed',
  voided: 'stateVoided',
};

const CLOSED: readonly CaseState[] = ['satisfied', 'voided'];

/**
 * The moves the agreed workflow offers from a case's state, so the page shows only buttons that
 * can succeed; the collector stays the judge and answers 409 to anything else.
 */
export function nextStates(c: BadReviewCase): CaseState[] {
  const forward: Partial<Record<CaseState, CaseState[]>> = {
    new: ['called-back'],
    'called-back': ['rectifying'],
    rectifying: ['rectified'],
    rectified: ['satisfied', 'not-satisfied'],
    'not-satisfied': ['rectifying'],
  };
  if (c.state === 'appealed') {
    // Rejecting the appeal returns the case to where it stood before it.
    const before = [...c.history].reverse().find((h) => h.to === 'appealed')?.from;
    return ['voided', ...(before && before !== 'appealed' ? [before as CaseState] : [])];
  }
  if (CLOSED.includes(c.state)) return [];
  return [...(forward[c.state] ?? []), 'appealed'];
}
