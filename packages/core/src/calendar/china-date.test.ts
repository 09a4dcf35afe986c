import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { addDays, chinaDateOf, chinaDayStart, daysBetween, IsoDateSchema, isIsoDate, toChinaDate, weekdayOf } from './china-date.js';

describe('China Standard Time days', () => {
  test('an instant falls on its UTC+8 date, not its UTC date', () => {
    // 16:30 UTC on 25 January is 00:30 on Sunday 26 January in Beijing.
    assert.equal(chinaDateOf('2025-01-25T16:30:00Z'), '2025-01-26');
    assert.equal(chinaDateOf('2025-01-25T15:59:59.999Z'), '2025-01-25');
    assert.equal(chinaDateOf(new Date('2025-01-25T16:00:00Z')), '2025-01-26');
    assert.equal(chinaDateOf(Date.parse('2025-01-26T00:00:00+08:00')), '2025-01-26');
    assert.equal(chinaDateOf('2025-01-26T07:59:00+09:00'), '2025-01-26');
  });

  test('a YYYY-MM-DD string is taken as that day in China, never shifted', () => {
    assert.equal(toChinaDate('2025-10-01'), '2025-10-01');
    assert.equal(toChinaDate('2025-12-31T16:00:00Z'), '2026-01-01');
  });

  test('a date-time without an offset is refused rather than read in the server zone', () => {
    assert.throws(() => toChinaDate('2025-10-01T09:00:00'), /date-time with an offset/);
    assert.throws(() => toChinaDate('next tuesday'), RangeError);
    assert.throws(() => toChinaDate(Number.NaN), /not a valid instant/);
  });

  test('impossible days are rejected', () => {
    assert.equal(isIsoDate('2024-02-29'), true);
    assert.equal(isIsoDate('2025-02-29'), false);
    assert.equal(isIsoDate('2025-13-01'), false);
    assert.equal(isIsoDate('2025-1-1'), false);
    assert.throws(() => toChinaDate('2025-02-30'), /not a calendar day/);
    assert.throws(() => toChinaDate('2025-02-30T10:00:00Z'), RangeError);
    const parsed = IsoDateSchema.safeParse('2025-02-30');
    assert.equal(parsed.success, false);
    assert.match(parsed.error?.issues[0]?.message ?? '', /YYYY-MM-DD/);
  });

  test('weekdays, day arithmetic and the start of a China day', () => {
    assert.equal(weekdayOf('2025-01-01'), 3); // Wednesday
    assert.equal(weekdayOf('2025-02-08'), 6); // Saturday
    assert.equal(weekdayOf('2025-01-26'), 7); // Sunday
    assert.equal(weekdayOf('1969-12-29'), 1); // Monday, before the epoch
    assert.equal(addDays('2024-12-31', 1), '2025-01-01');
    assert.equal(addDays('2024-03-01', -1), '2024-02-29');
    assert.equal(daysBetween('2025-01-01', '2026-01-01'), 365);
    assert.equal(daysBetween('2026-01-01', '2025-01-01'), -365);
    assert.equal(chinaDayStart('2025-10-01').toISOString(), '2025-09-30T16:00:00.000Z');
  });
});
