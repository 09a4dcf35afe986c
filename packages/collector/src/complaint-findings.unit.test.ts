import assert from 'node:assert/strict';
import { test } from 'node:test';
import { staffPointsLedger } from '@manyi/core';
import fc from 'fast-check';
import { FINDINGS, type FindingState, findingDeducts, ledgerStatus } from './complaint-findings.js';

/** A complaint of the year as its handling left it: maybe a finding, maybe closed, maybe appealed and decided. */
const handled = fc.record({
  finding: fc.option(fc.constantFrom(...FINDINGS), { nil: null }),
  closed: fc.boolean(),
  appeal: fc.constantFrom('none', 'pending', 'upheld', 'overturned'),
  voided: fc.boolean(),
  day: fc.integer({ min: 0, max: 364 }),
});
type Handled = typeof handled extends fc.Arbitrary<infer T> ? T : never;

function stateOf(h: Handled): FindingState & { status: string } {
  const overturned = h.finding !== null && h.appeal === 'overturned';
  return {
    status: h.closed || h.voided || overturned ? 'closed' : 'replied',
    finding: h.finding === null ? null : { code: h.finding, reasons: '…', by: 'boss', at: '2026-01-01T00:00:00Z' },
    voided: h.voided || overturned ? { reason: '…', by: 'sup', at: '2026-01-01T00:00:00Z' } : null,
  };
}

test('a year of points: 12 less 4 for each substantiated complaint still standing after appeals, never below 0', () => {
  fc.assert(
    fc.property(fc.array(handled, { maxLength: 8 }), fc.boolean(), (year, partlyDeducts) => {
      const complaints = year.map((h, i) => ({
        id: `c${i}`,
        staffId: 's1',
        at: new Date(Date.UTC(2026, 0, 1, 4) + h.day * 86_400_000).toISOString(),
        status: ledgerStatus(stateOf(h), partlyDeducts),
      }));
      const ledger = staffPointsLedger('s1', 2026, complaints);
      const standing = year.filter((h) => {
        const counted = h.finding === 'substantiated' || (h.finding === 'partly' && partlyDeducts);
        return counted && !h.voided && h.appeal !== 'overturned';
      }).length;
      assert.equal(ledger.remaining, Math.max(0, 12 - 4 * standing));
      // Closing alone never costs a point: a closed complaint without a finding deducts nothing.
      const closedUnfound = year.filter((h) => h.finding === null);
      for (const h of closedUnfound) assert.equal(findingDeducts(stateOf(h), partlyDeducts), false);
      const pending = year.filter((h) => h.finding === null && !h.closed && !h.voided).length;
      assert.equal(complaints.filter((c) => c.status === 'pending').length, pending);
    }),
  );
});
