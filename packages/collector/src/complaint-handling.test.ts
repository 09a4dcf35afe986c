import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { applyHandling, type HandlingState } from './complaint-handling.js';

const NOW = new Date('2026-11-23T02:00:00Z');
const RECEIVED: HandlingState = {
  status: 'received',
  assignee: null,
  publicReply: null,
  assignedAt: null,
  repliedAt: null,
  closedAt: null,
};

function next(state: HandlingState, action: Parameters<typeof applyHandling>[1]): HandlingState {
  const outcome = applyHandling(state, action, NOW);
  assert.ok(outcome.ok, outcome.ok ? '' : outcome.message);
  return outcome.next;
}

describe('complaint handling', () => {
  test('moves received → assigned → replied → closed, stamping each step', () => {
    const assigned = next(RECEIVED, { type: 'assign', assignee: '刘强' });
    assert.deepEqual(assigned, { ...RECEIVED, status: 'assigned', assignee: '刘强', assignedAt: NOW.toISOString() });
    const replied = next(assigned, { type: 'reply', publicReply: '已整改', close: false });
    assert.equal(replied.status, 'replied');
    assert.equal(replied.repliedAt, NOW.toISOString());
    const closed = next(replied, { type: 'reply', close: true });
    assert.deepEqual(closed, { ...replied, status: 'closed', closedAt: NOW.toISOString() });
  });

  test('a complaint may be replied to and closed at once, without being assigned', () => {
    const closed = next(RECEIVED, { type: 'reply', publicReply: '已办结', close: true });
    assert.equal(closed.status, 'closed');
    assert.equal(closed.assignee, null);
  });

  test('refuses to change a closed complaint, to assign a replied one, and to reply with nothing', () => {
    const closed = next(RECEIVED, { type: 'reply', publicReply: '已办结', close: true });
    const afterClose = applyHandling(closed, { type: 'reply', publicReply: '补充', close: false }, NOW);
    assert.deepEqual(afterClose.ok ? null : [afterClose.status, afterClose.code], [409, 'complaint-closed']);
    const replied = next(RECEIVED, { type: 'reply', publicReply: '已答复', close: false });
    const assign = applyHandling(replied, { type: 'assign', assignee: '刘强' }, NOW);
    assert.deepEqual(assign.ok ? null : [assign.status, assign.code], [409, 'complaint-replied']);
    const nothing = applyHandling(RECEIVED, { type: 'reply', close: true }, NOW);
    assert.deepEqual(nothing.ok ? null : [nothing.status, nothing.code], [400, 'invalid-reply']);
  });
});
