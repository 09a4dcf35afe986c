import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { isoInstant } from './clock.js';

test('isoInstant writes exactly what toISOString writes', () => {
  const edges = [0, -1, 1, Date.parse('2000-01-01T00:00:00Z'), Date.parse('9999-12-31T23:59:59.999Z'), Date.parse('0000-01-01T00:00:00Z')];
  for (const t of [...edges, 8.64e15, -8.64e15, 1.5, Date.parse('2026-02-28T23:59:59.999Z') + 1]) {
    assert.equal(isoInstant(t), new Date(t).toISOString());
  }
  fc.assert(
    fc.property(fc.integer({ min: -8.64e15, max: 8.64e15 }), (t) => assert.equal(isoInstant(t), new Date(t).toISOString())),
    { numRuns: 20_000 },
  );
  fc.assert(
    fc.property(fc.integer({ min: Date.parse('1999-01-01T00:00:00Z'), max: Date.parse('2100-01-01T00:00:00Z') }), (t) =>
      assert.equal(isoInstant(t), new Date(t).toISOString()),
    ),
    { numRuns: 20_000 },
  );
});
