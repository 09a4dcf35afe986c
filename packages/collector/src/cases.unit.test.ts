import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { allowedTargets, applyCaseTransition, CASE_STATES } from './cases.js';
import { caseDueDates, isCaseOverdue } from './cases-due.js';

describe('bad-review deadlines', () => {
  // Friday 13 February 2026, 15:00 China time; Saturday the 14th is a make-up working day.
  const due = caseDueDates('2026-02-13T07:00:00Z', 15);

  test('a new case turns overdue at 24:00 China time at the end of the make-up Saturday, not before', () => {
    assert.equal(isCaseOverdue('new', due, new Date('2026-02-14T15:59:59.999Z')), false);
    assert.equal(isCaseOverdue('new', due, new Date('2026-02-14T16:00:00Z')), true);
  });

  test('once called back, only the rectification deadline counts; appealed and rectified cases wait on others', () => {
    const late = new Date('2026-03-01T00:00:00Z');
    assert.equal(isCaseOverdue('called-back', due, late), false);
    assert.equal(isCaseOverdue('rectifying', due, new Date('2026-03-12T16:00:00Z')), true);
    for (const state of ['appealed', 'rectified', 'satisfied', 'voided'] as const) {
      assert.equal(isCaseOverdue(state, due, new Date('2027-01-01T00:00:00Z')), false, state);
    }
  });

  test('after the last year with holiday data, weekends alone count instead of failing', () => {
    // Friday 2 May 2031: the weekend is skipped, the callback is due by the end of Monday.
    assert.equal(caseDueDates('2031-05-02T02:00:00Z', 1).callbackDueAt.toISOString(), '2031-05-05T16:00:00.000Z');
  });
});

describe('case transitions', () => {
  test('every state but satisfied and voided can go somewhere; those two never change', () => {
    for (const state of CASE_STATES) {
      const targets = allowedTargets(state, 'rectifying');
      assert.equal(targets.length === 0, state === 'satisfied' || state === 'voided', state);
    }
  });

  test('voiding needs a reason and keeps it; turning an appeal down restores the state before it', () => {
    const appealed = { state: 'appealed' as const, stateBeforeAppeal: 'rectifying' as const, voidReason: null };
    assert.deepEqual(applyCaseTransition(appealed, { to: 'voided', note: '复核' }), {
      ok: false,
      status: 400,
      code: 'reason-required',
      message: 'reason: say why the appeal voids this bad review; it stays on record',
    });
    const voided = applyCaseTransition(appealed, { to: 'voided', note: '复核', reason: '系统故障' });
    assert.deepEqual(voided.ok && voided.next, { state: 'voided', stateBeforeAppeal: 'rectifying', voidReason: '系统故障' });
    const back = applyCaseTransition(appealed, { to: 'rectifying', note: '申诉不成立' });
    assert.deepEqual(back.ok && back.next, { state: 'rectifying', stateBeforeAppeal: null, voidReason: null });
  });
});
