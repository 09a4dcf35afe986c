import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { HOLIDAYS_2026 } from './holidays-2026.js';
import { CalendarCoverageError, CalendarDataError, createWorkingDayCalendar, isPastDue } from './working-day-calendar.js';

const calendar = createWorkingDayCalendar();

describe('working days around Spring Festival 2025 (break 28 Jan – 4 Feb, make-up Sun 26 Jan and Sat 8 Feb)', () => {
  test('which days are working days', () => {
    assert.equal(calendar.isWorkingDay('2025-01-25'), false, 'an ordinary Saturday');
    assert.equal(calendar.isWorkingDay('2025-01-26'), true, 'make-up Sunday');
    assert.equal(calendar.isWorkingDay('2025-01-27'), true);
    assert.equal(calendar.isWorkingDay('2025-01-28'), false, "New Year's Eve");
    assert.equal(calendar.isWorkingDay('2025-02-03'), false, 'a Monday inside the break');
    assert.equal(calendar.isWorkingDay('2025-02-05'), true);
    assert.equal(calendar.isWorkingDay('2025-02-08'), true, 'make-up Saturday');
    assert.equal(calendar.isWorkingDay('2025-02-09'), false, 'the Sunday after stays off');
  });

  test('dayInfo names the holiday and tells make-up days from ordinary ones', () => {
    const eve = calendar.dayInfo('2025-01-28');
    assert.equal(eve.kind, 'holiday');
    assert.equal(eve.holiday?.['zh-CN'], '春节');
    assert.equal(eve.holiday?.en, 'Spring Festival');
    assert.equal(eve.coverage, 'official');
    assert.deepEqual(calendar.dayInfo('2025-02-08'), {
      date: '2025-02-08',
      weekday: 6,
      working: true,
      kind: 'make-up-workday',
      coverage: 'official',
    });
    assert.equal(calendar.dayInfo('2025-02-09').kind, 'weekend');
    assert.equal(calendar.dayInfo('2025-02-10').kind, 'workday');
  });

  test('callback within 1 working day of a bad review on the Monday before the break is due on 5 February', () => {
    const due = calendar.dueDate('2025-01-27T10:15:00+08:00', 1);
    assert.equal(due.date, '2025-02-05');
    assert.equal(due.endsAt.toISOString(), '2025-02-05T16:00:00.000Z'); // 24:00 Beijing time
    assert.equal(due.coverage, 'official');
    assert.equal(isPastDue(due, new Date('2025-02-05T23:59:59+08:00')), false);
    assert.equal(isPastDue(due, new Date('2025-02-06T00:00:00+08:00')), true);
  });

  test('rectify within 5 working days from the Monday before the break counts the make-up Saturday', () => {
    // 5 Feb (Wed), 6, 7, 8 (make-up Saturday), 10 (Mon).
    assert.equal(calendar.addWorkingDays('2025-01-27', 5), '2025-02-10');
    assert.equal(calendar.addWorkingDays('2025-01-27', 4), '2025-02-08');
  });

  test('a complaint on the Saturday before the make-up Sunday is due that Sunday', () => {
    assert.equal(calendar.addWorkingDays('2025-01-25', 1), '2025-01-26');
  });

  test('the local day decides, not the UTC day', () => {
    // 23:30 Saturday in Beijing: next working day is the make-up Sunday.
    assert.equal(calendar.dueDate('2025-01-25T15:30:00Z', 1).date, '2025-01-26');
    // 00:30 Sunday in Beijing (still Saturday in UTC): the Sunday itself does not count.
    assert.equal(calendar.dueDate('2025-01-25T16:30:00Z', 1).date, '2025-01-27');
    assert.equal(calendar.dueDate(new Date('2025-01-25T16:30:00Z'), 1).date, '2025-01-27');
  });

  test('0 working days is the start day itself', () => {
    assert.equal(calendar.addWorkingDays('2025-01-28', 0), '2025-01-28');
  });
});

describe('working days around National Day 2025 (break 1–8 Oct, make-up Sun 28 Sep and Sat 11 Oct)', () => {
  test('the make-up Sunday before and Saturday after are working days', () => {
    assert.equal(calendar.isWorkingDay('2025-09-27'), false);
    assert.equal(calendar.isWorkingDay('2025-09-28'), true);
    assert.equal(calendar.isWorkingDay('2025-10-08'), false);
    assert.equal(calendar.isWorkingDay('2025-10-11'), true);
    assert.equal(calendar.dayInfo('2025-10-06').holiday?.['zh-TW'], '國慶節、中秋節');
  });

  test('from Friday 26 September, 1 working day is the make-up Sunday', () => {
    assert.equal(calendar.addWorkingDays('2025-09-26T17:40:00+08:00', 1), '2025-09-28');
  });

  test('from 30 September, 1 working day is 9 October and 3 reach the make-up Saturday', () => {
    assert.equal(calendar.addWorkingDays('2025-09-30', 1), '2025-10-09');
    assert.equal(calendar.addWorkingDays('2025-09-30', 3), '2025-10-11');
  });

  test('rectify within 15 working days from 30 September: 28 October', () => {
    // 9, 10, 11 (Sat), 13–17, 20–24, 27, 28.
    assert.equal(calendar.addWorkingDays('2025-09-30', 15), '2025-10-28');
    assert.equal(calendar.countWorkingDays('2025-09-30', '2025-10-28'), 15);
  });

  test('a review filed during the break counts from the break', () => {
    assert.equal(calendar.addWorkingDays('2025-10-03T09:00:00+08:00', 1), '2025-10-09');
  });
});

describe('counting working days', () => {
  test('counts d with from < d ≤ to, and the reverse is negative', () => {
    assert.equal(calendar.countWorkingDays('2025-02-05', '2025-02-05'), 0);
    // 26 Jan (make-up Sunday), 27 Jan, 5, 6, 7 Feb and 8 Feb (make-up Saturday).
    assert.equal(calendar.countWorkingDays('2025-01-24', '2025-02-09'), 6);
    assert.equal(calendar.countWorkingDays('2025-02-09', '2025-01-24'), -6);
  });

  test('across the 2025/2026 year boundary (New Year 1–3 Jan 2026, make-up Sun 4 Jan)', () => {
    // 1, 2, 3 Jan are holidays, 4 Jan (Sunday) and 5 Jan are working days.
    assert.equal(calendar.countWorkingDays('2025-12-31', '2026-01-05'), 2);
    assert.equal(calendar.addWorkingDays('2025-12-31T18:00:00+08:00', 1), '2026-01-04');
    assert.equal(calendar.countWorkingDays('2025-12-30', '2026-01-04'), 2); // 31 Dec and 4 Jan
  });

  test('across the 2026/2027 boundary the answer is marked provisional', () => {
    const due = calendar.dueDate('2026-12-31', 1);
    assert.equal(due.date, '2027-01-04');
    assert.equal(due.coverage, 'provisional');
    assert.equal(calendar.dueDate('2026-12-28', 1).coverage, 'official');
  });

  test('a whole two years at once agrees with the yearly totals', () => {
    assert.equal(calendar.countWorkingDays('2024-12-31', '2026-12-31'), 248 * 2);
  });

  test('the result of addWorkingDays is always a working day that counts back to n', () => {
    for (let n = 1; n <= 40; n++) {
      for (const start of ['2025-01-20', '2025-09-25', '2026-02-10', '2026-09-18']) {
        const due = calendar.addWorkingDays(start, n);
        assert.equal(calendar.isWorkingDay(due), true, `${start} + ${n}`);
        assert.equal(calendar.countWorkingDays(start, due), n, `${start} + ${n}`);
      }
    }
  });

  test('the number of working days must be a whole number ≥ 0', () => {
    assert.throws(() => calendar.addWorkingDays('2025-03-03', -1), /whole number ≥ 0/);
    assert.throws(() => calendar.addWorkingDays('2025-03-03', 1.5), RangeError);
  });
});

describe('Spring Festival 2026 (break 15–23 Feb, make-up Sat 14 and Sat 28 Feb)', () => {
  test('a complaint on Friday 13 February: callback due on Saturday 14, rectification in 5 working days on 27 Feb', () => {
    assert.equal(calendar.addWorkingDays('2026-02-13', 1), '2026-02-14');
    // 14 (Sat), 24, 25, 26, 27.
    assert.equal(calendar.addWorkingDays('2026-02-13', 5), '2026-02-27');
    assert.equal(calendar.addWorkingDays('2026-02-13', 6), '2026-02-28');
  });
});

describe('days outside the covered years', () => {
  test('by default a day without data is an error, not silently an ordinary day', () => {
    assert.deepEqual(calendar.years, [2025, 2026, 2027]);
    assert.equal(calendar.coverage('2028-01-03'), 'none');
    assert.throws(() => calendar.isWorkingDay('2028-01-03'), CalendarCoverageError);
    assert.throws(() => calendar.isWorkingDay('2024-12-31'), /outside the working-day calendar \(it covers 2025, 2026, 2027\)/);
    // A deadline that runs into 2028 fails too, even when it starts in a covered year.
    assert.throws(
      () => calendar.addWorkingDays('2027-12-30', 5),
      (e: unknown) => e instanceof CalendarCoverageError && e.date === '2028-01-01',
    );
  });

  test('a deadline that starts on the last uncovered day needs only the days it counts', () => {
    // 31 Dec 2024 is not counted; 1 Jan 2025 is a holiday, so the first working day is 2 Jan.
    const due = calendar.dueDate('2024-12-31T20:00:00+08:00', 1);
    assert.equal(due.date, '2025-01-02');
    assert.equal(due.coverage, 'official');
    assert.equal(calendar.countWorkingDays('2024-12-31', '2025-01-03'), 2);
    assert.throws(() => calendar.countWorkingDays('2024-12-30', '2025-01-03'), CalendarCoverageError);
  });

  test("with outsideCoverage 'weekends-only' Monday–Friday count, and the answer says coverage none", () => {
    const lenient = createWorkingDayCalendar({ outsideCoverage: 'weekends-only' });
    assert.equal(lenient.isWorkingDay('2028-01-03'), true);
    assert.equal(lenient.isWorkingDay('2028-01-01'), false, 'a Saturday');
    assert.equal(lenient.dayInfo('2028-01-03').coverage, 'none');
    const due = lenient.dueDate('2027-12-30', 5);
    // 31 Dec 2027 (Fri), then 3–6 Jan 2028: New Year's Day 2028 is not known to the calendar.
    assert.equal(due.date, '2028-01-06');
    assert.equal(due.coverage, 'none');
    assert.equal(lenient.dueDate('2025-03-03', 5).coverage, 'official');
  });

  test('a newly published year can be supplied as data and becomes official', () => {
    const withNext = createWorkingDayCalendar({
      overrides: {
        years: [
          {
            year: 2028,
            status: 'official',
            source: 'test notice',
            holidays: [{ date: '2028-01-01', name: { 'zh-CN': '元旦', en: "New Year's Day", 'zh-TW': '元旦' } }],
            makeUpWorkdays: [],
          },
        ],
      },
    });
    assert.equal(withNext.coverage('2028-01-03'), 'official');
    assert.equal(withNext.isWorkingDay('2028-01-03'), true);
    assert.equal(withNext.dueDate('2027-12-30', 2).coverage, 'provisional');
  });
});

describe('deployment overrides', () => {
  test('a local holiday is a day off, named, and pushes deadlines', () => {
    const local = createWorkingDayCalendar({
      overrides: { addHolidays: [{ date: '2025-04-01', name: { 'zh-CN': '壮族三月三', en: 'Sanyuesan Festival' } }] },
    });
    assert.equal(local.isWorkingDay('2025-04-01'), false);
    assert.deepEqual(local.dayInfo('2025-04-01').holiday, { 'zh-CN': '壮族三月三', en: 'Sanyuesan Festival', 'zh-TW': '壮族三月三' });
    assert.equal(local.addWorkingDays('2025-03-31', 1), '2025-04-02');
    assert.equal(calendar.addWorkingDays('2025-03-31', 1), '2025-04-01', 'the shared calendar is unchanged');
    const unnamed = createWorkingDayCalendar({ overrides: { addHolidays: [{ date: '2025-04-01' }] } });
    assert.equal(unnamed.dayInfo('2025-04-01').holiday?.en, 'Local holiday');
  });

  test('removing a holiday and a make-up day, and adding a make-up day', () => {
    const custom = createWorkingDayCalendar({
      overrides: { removeHolidays: ['2025-10-08'], removeMakeUpWorkdays: ['2025-10-11'], addMakeUpWorkdays: ['2025-10-12'] },
    });
    assert.equal(custom.isWorkingDay('2025-10-08'), true);
    assert.equal(custom.isWorkingDay('2025-10-11'), false);
    assert.equal(custom.dayInfo('2025-10-12').kind, 'make-up-workday');
  });

  test('a holiday can be moved: removals apply before additions', () => {
    const moved = createWorkingDayCalendar({ overrides: { removeHolidays: ['2025-10-08'], addHolidays: [{ date: '2025-10-09' }] } });
    assert.equal(moved.addWorkingDays('2025-09-30', 1), '2025-10-08');
    assert.equal(moved.isWorkingDay('2025-10-09'), false);
  });

  test('bad override input is rejected with a message that says where and why', () => {
    const cases: [unknown, RegExp][] = [
      [{ addHolidays: [{ date: '2025-02-30' }] }, /calendar overrides: addHolidays\[0\]\.date: use a calendar day written YYYY-MM-DD/],
      [{ removeHolidays: '2025-10-08' }, /calendar overrides: removeHolidays: /],
      [{ addHoliday: [] }, /calendar overrides: .*addHoliday/],
      [{ addHolidays: [{ date: '2025-04-01', name: { en: 'x' } }] }, /addHolidays\[0\]\.name\.zh-CN/],
      [{ removeHolidays: ['2025-10-09'] }, /removeHolidays: 2025-10-09 is not a holiday in the calendar/],
      [{ removeMakeUpWorkdays: ['2025-10-12'] }, /removeMakeUpWorkdays: 2025-10-12 is not a make-up working day/],
      [{ addHolidays: [{ date: '2025-10-01' }] }, /addHolidays: 2025-10-01 is already a holiday/],
      [{ addMakeUpWorkdays: ['2025-10-11'] }, /addMakeUpWorkdays: 2025-10-11 is already a make-up working day/],
      [{ addMakeUpWorkdays: ['2025-10-15'] }, /2025-10-15 is listed as a make-up working day but is a weekday/],
      [{ addMakeUpWorkdays: ['2025-10-04'] }, /2025-10-04 is listed both as a holiday and as a make-up working day/],
      [{ years: [HOLIDAYS_2026, HOLIDAYS_2026] }, /years lists 2026 twice/],
      [{ years: [{ ...HOLIDAYS_2026, source: '' }] }, /years\[0\]\.source: name the notice/],
    ];
    for (const [overrides, message] of cases) {
      assert.throws(
        () => createWorkingDayCalendar({ overrides }),
        (e: unknown) => e instanceof CalendarDataError && message.test(e.message),
        JSON.stringify(overrides),
      );
    }
  });

  test('bad bundled-style data is rejected too', () => {
    assert.throws(
      () => createWorkingDayCalendar({ data: [{ ...HOLIDAYS_2026, makeUpWorkdays: ['2026-02-16'] }] }),
      /2026-02-16 is listed as a make-up working day but is a weekday/,
    );
    assert.throws(
      () => createWorkingDayCalendar({ data: [HOLIDAYS_2026, { ...HOLIDAYS_2026, year: 2030 }] }),
      /2026-01-01 is listed as a holiday twice/,
    );
  });
});
