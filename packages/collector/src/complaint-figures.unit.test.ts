import assert from 'node:assert/strict';
import { test } from 'node:test';
import { complaintFigures } from './complaint-figures.js';
import type { StoredComplaint } from './store/complaint-store.js';

const DAY = 86_400_000;
const received = '2026-11-02T01:00:00.000Z';
const due = new Date(Date.parse(received) + 7 * DAY);

function complaint(over: Partial<StoredComplaint>): StoredComplaint {
  return {
    recordId: `r${Math.random()}`,
    trackingNo: 'TS-261102-000000',
    stationId: 'hall',
    category: 'attitude',
    windowId: null,
    staffId: 's1',
    serviceItemId: null,
    description: '…',
    wantsReply: false,
    contact: null,
    receivedAt: received,
    contactErasedAt: null,
    channel: 'device',
    provenance: 'device',
    deviceId: null,
    status: 'received',
    assignee: null,
    publicReply: null,
    assignedAt: null,
    repliedAt: null,
    closedAt: null,
    finding: null,
    voided: null,
    satisfaction: null,
    intakeChannel: null,
    keyedBy: null,
    descriptionErasedAt: null,
    appeal: null,
    ...over,
  };
}
const found = (code: 'substantiated' | 'partly' | 'unsubstantiated' | 'unverifiable') => ({ code, reasons: '…', by: 'boss', at: received });
const closedAt = (days: number) => ({ status: 'closed' as const, closedAt: new Date(Date.parse(received) + days * DAY).toISOString() });
const asked = (level: 'satisfied' | 'fairly-satisfied' | 'dissatisfied') => ({
  satisfaction: { level, via: 'phone', by: 'boss', at: received },
});

test('办结率, 按期办结率, 查实率 and 回访满意率 count what units report', () => {
  const f = complaintFigures(
    [
      complaint({ ...closedAt(3), finding: found('substantiated'), ...asked('satisfied') }),
      complaint({ ...closedAt(9), finding: found('unsubstantiated'), ...asked('dissatisfied') }),
      complaint({ ...closedAt(2), finding: found('substantiated'), voided: { reason: '误认', by: 'sup', at: received } }),
      complaint({ finding: found('partly'), ...asked('fairly-satisfied') }),
      complaint({}),
    ],
    () => due,
  );
  assert.equal(f.received, 5);
  assert.equal(f.closed, 3, 'a voided complaint was handled to an end');
  assert.equal(f.closedInTime, 2, 'the one closed after its deadline is not in time');
  assert.equal(f.closedRate, 3 / 5);
  assert.equal(f.closedInTimeRate, 2 / 5);
  assert.deepEqual([f.substantiated, f.partly, f.unsubstantiated, f.voided], [1, 1, 1, 1]);
  assert.equal(f.substantiatedRate, 1 / 3, 'the voided one is no longer a finding that counts');
  assert.equal(f.satisfactionAsked, 3);
  assert.equal(f.satisfactionRate, 2 / 3, 'fairly satisfied counts as satisfied, as the campaign scale has it');
});

test('no complaints: counts of 0 and no rates', () => {
  const f = complaintFigures([], () => due);
  assert.equal(f.received, 0);
  assert.equal(f.closedRate, null);
  assert.equal(f.satisfactionRate, null);
});
