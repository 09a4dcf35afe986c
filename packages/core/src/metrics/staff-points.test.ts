import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { type StaffComplaint, staffPointsLedger, staffPointsLedgers } from './staff-points.js';

// Wang's complaints across 2025, given out of order as a database might return them.
const complaints: StaffComplaint[] = [
  { id: 'c5', staffId: 'wang', at: '2025-11-11T10:00:00+08:00', status: 'valid' },
  { id: 'c1', staffId: 'wang', at: '2025-02-10T09:00:00+08:00', status: 'valid' },
  { id: 'c2', staffId: 'wang', at: '2025-03-03', status: 'voided' },
  { id: 'c3', staffId: 'wang', at: '2025-04-01T15:00:00+08:00', status: 'pending' },
  { id: 'c4a', staffId: 'wang', at: '2025-06-05T09:00:00+08:00', status: 'valid' },
  { id: 'c4b', staffId: 'wang', at: '2025-09-09T14:30:00+08:00', status: 'valid' },
  // 00:30 on New Year's Day in Beijing: counts in 2026, though it is still 2025 in UTC.
  { id: 'c6', staffId: 'wang', at: '2025-12-31T16:30:00Z', status: 'valid' },
  { id: 'c7', staffId: 'li', at: '2025-05-20T11:00:00+08:00', status: 'voided' },
  { id: 'c8', staffId: 'zhao', at: '2025-07-07T11:00:00+08:00', status: 'valid' },
];

describe('staff complaint points (12 a year, 4 per valid complaint)', () => {
  test("Wang's 2025: three valid complaints take all 12 points, a fourth finds none left", () => {
    const ledger = staffPointsLedger('wang', 2025, complaints);
    assert.deepEqual(
      ledger.entries.map((e) => [e.complaintId, e.date, e.status, e.points, e.deducted, e.balance]),
      [
        ['c1', '2025-02-10', 'valid', 4, 4, 8],
        ['c2', '2025-03-03', 'voided', 0, 0, 8],
        ['c3', '2025-04-01', 'pending', 0, 0, 8],
        ['c4a', '2025-06-05', 'valid', 4, 4, 4],
        ['c4b', '2025-09-09', 'valid', 4, 4, 0],
        ['c5', '2025-11-11', 'valid', 4, 0, 0],
      ],
    );
    assert.equal(ledger.allowance, 12);
    assert.equal(ledger.deducted, 12);
    assert.equal(ledger.remaining, 0);
    assert.equal(ledger.exhausted, true);
  });

  test('each calendar year starts again at 12, by the Beijing day of the complaint', () => {
    const ledger = staffPointsLedger('wang', 2026, complaints);
    assert.deepEqual(
      ledger.entries.map((e) => [e.complaintId, e.date]),
      [['c6', '2026-01-01']],
    );
    assert.equal(ledger.remaining, 8);
    assert.equal(ledger.exhausted, false);
  });

  test('voiding a complaint on appeal gives the points back', () => {
    const appealed = complaints.map((c): StaffComplaint => (c.id === 'c1' ? { ...c, status: 'voided' } : c));
    const ledger = staffPointsLedger('wang', 2025, appealed);
    assert.equal(ledger.remaining, 0);
    assert.deepEqual(
      ledger.entries.filter((e) => e.deducted > 0).map((e) => e.complaintId),
      ['c4a', 'c4b', 'c5'],
    );
    const withoutC5 = staffPointsLedger(
      'wang',
      2025,
      appealed.filter((c) => c.id !== 'c5'),
    );
    assert.equal(withoutC5.remaining, 4);
  });

  test('someone with no complaints holds all 12 points', () => {
    const ledger = staffPointsLedger('sun', 2025, complaints);
    assert.deepEqual(ledger, { staffId: 'sun', year: 2025, allowance: 12, deducted: 0, remaining: 12, exhausted: false, entries: [] });
  });

  test('ledgers for everyone with a complaint in the year, by staff id', () => {
    const ledgers = staffPointsLedgers(2025, complaints);
    assert.deepEqual(
      ledgers.map((l) => [l.staffId, l.remaining, l.entries.length]),
      [
        ['li', 12, 1],
        ['wang', 0, 6],
        ['zhao', 8, 1],
      ],
    );
  });

  test('other rules can be configured, and bad rules or duplicate complaints are refused', () => {
    assert.equal(staffPointsLedger('wang', 2025, complaints, { allowance: 10, deduction: 3 }).remaining, 0);
    assert.equal(staffPointsLedger('zhao', 2025, complaints, { allowance: 10, deduction: 3 }).remaining, 7);
    assert.throws(
      () => staffPointsLedger('wang', 2025, complaints, { allowance: 12, deduction: 0 }),
      /deduction must be a whole number > 0/,
    );
    assert.throws(() => staffPointsLedger('wang', 2025, [...complaints, complaints[0] as StaffComplaint]), /complaint c5 is listed twice/);
    assert.throws(() => staffPointsLedger('wang', 2025, [{ id: 'x', staffId: 'wang', at: 'yesterday', status: 'valid' }]), RangeError);
  });
});
