import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { addDays, isWeekend } from './china-date.js';
import { HolidayYearSchema } from './holiday-data.js';
import { BUNDLED_HOLIDAY_YEARS, createWorkingDayCalendar } from './working-day-calendar.js';

// Since 2025 the law gives 13 public holidays (全国年节及纪念日放假办法, as amended in November 2024),
// and a holiday falling on a weekend is given back on a weekday, so a year's working days are its
// weekdays minus 13. This catches a typo in any date of the data.
const STATUTORY_HOLIDAYS = 13;

describe('bundled holiday data', () => {
  test('covers 2025 and 2026 from the published notices and 2027 as a projection', () => {
    assert.deepEqual(
      BUNDLED_HOLIDAY_YEARS.map((y) => [y.year, y.status]),
      [
        [2025, 'official'],
        [2026, 'official'],
        [2027, 'provisional'],
      ],
    );
  });

  for (const year of BUNDLED_HOLIDAY_YEARS) {
    test(`${year.year}: well-formed, dated within the year, make-up days on weekends`, () => {
      assert.equal(HolidayYearSchema.safeParse(year).success, true);
      for (const { date } of year.holidays) assert.equal(date.slice(0, 4), String(year.year), date);
      for (const date of year.makeUpWorkdays) {
        assert.equal(date.slice(0, 4), String(year.year), date);
        assert.equal(isWeekend(date), true, `${date} should be a Saturday or Sunday`);
      }
      assert.match(year.source, /国务院办公厅关于\d{4}年部分节假日安排的通知|国办发明电/);
    });

    test(`${year.year}: working days = weekdays − ${STATUTORY_HOLIDAYS}`, () => {
      const calendar = createWorkingDayCalendar();
      let weekdays = 0;
      for (let d = `${year.year}-01-01`; d.startsWith(String(year.year)); d = addDays(d, 1)) if (!isWeekend(d)) weekdays++;
      // The count excludes its first day, so counting from New Year's Eve covers the whole year.
      const working = calendar.countWorkingDays(`${year.year - 1}-12-31`, `${year.year}-12-31`);
      assert.equal(working, weekdays - STATUTORY_HOLIDAYS);
      assert.equal(working, 248);
    });
  }
});
