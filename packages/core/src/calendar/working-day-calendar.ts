/**
 * Working days under the Chinese calendar, where time limits for bad reviews and complaints are
 * counted ("callback within 1 working day", "rectify within 15 working days"). Weekends are days
 * off unless the year's notice makes them make-up working days (调休上班); holidays move every year,
 * so they come from data (see holiday-data.ts) that a deployment can extend or correct.
 */
import * as z from 'zod/mini';
import { describeIssues } from '../issues.js';
import type { Labels } from '../locale.js';
import { addDays, chinaDayStart, type DayInput, type IsoDate, IsoDateSchema, isWeekend, toChinaDate, weekdayOf } from './china-date.js';
import { type HolidayYear, HolidayYearSchema } from './holiday-data.js';
import { HOLIDAYS_2025 } from './holidays-2025.js';
import { HOLIDAYS_2026 } from './holidays-2026.js';
import { HOLIDAYS_2027 } from './holidays-2027.js';

/** The years Manyi ships; 2027 is provisional until its notice is published. */
export const BUNDLED_HOLIDAY_YEARS: readonly HolidayYear[] = [HOLIDAYS_2025, HOLIDAYS_2026, HOLIDAYS_2027];

/**
 * How far a day's answer can be trusted: `official` (from a published notice), `provisional`
 * (a projection: see the year's `source`) or `none` (no data for the year: weekends only).
 */
export type Coverage = 'official' | 'provisional' | 'none';
const COVERAGE_RANK: Readonly<Record<Coverage, number>> = { none: 0, provisional: 1, official: 2 };

export type DayKind = 'workday' | 'weekend' | 'holiday' | 'make-up-workday';

export interface DayInfo {
  readonly date: IsoDate;
  /** 1 Monday … 7 Sunday. */
  readonly weekday: number;
  readonly working: boolean;
  readonly kind: DayKind;
  /** The holiday's name when `kind` is `holiday`. */
  readonly holiday?: Labels;
  readonly coverage: Coverage;
}

/** A deadline: the last working day allowed and the instant it ends (24:00 China Standard Time). */
export interface DueDate {
  readonly date: IsoDate;
  /** The first instant after the due day; the matter is overdue from then on. */
  readonly endsAt: Date;
  /** The weakest coverage among the days counted (`official` when none had to be: 0 working days). */
  readonly coverage: Coverage;
}

const LOCAL_HOLIDAY: Labels = { 'zh-CN': '地方假日', en: 'Local holiday', 'zh-TW': '地方假日' };

const HolidayNameSchema = z.strictObject({
  'zh-CN': z.string().check(z.minLength(1)),
  en: z.optional(z.string().check(z.minLength(1))),
  'zh-TW': z.optional(z.string().check(z.minLength(1))),
});

/**
 * A deployment's changes to the bundled data, applied in this order: `years` replace or add whole
 * years (e.g. a newly published notice); then removals; then additions. Removing a day that is not
 * there, or adding one that already is, is an error: a stale override should be noticed, not ignored.
 */
const DAY_LIST = 'expected a list of days written YYYY-MM-DD';
export const CalendarOverridesSchema = z.strictObject({
  years: z.optional(z.array(HolidayYearSchema, 'expected a list of holiday years ({ year, status, source, holidays, makeUpWorkdays })')),
  /** Local days off, e.g. a minority-nationality festival in an autonomous region. */
  addHolidays: z.optional(
    z.array(z.strictObject({ date: IsoDateSchema, name: z.optional(HolidayNameSchema) }), 'expected a list of { date, name? }'),
  ),
  removeHolidays: z.optional(z.array(IsoDateSchema, DAY_LIST)),
  addMakeUpWorkdays: z.optional(z.array(IsoDateSchema, DAY_LIST)),
  removeMakeUpWorkdays: z.optional(z.array(IsoDateSchema, DAY_LIST)),
});
export type CalendarOverrides = z.input<typeof CalendarOverridesSchema>;

export interface WorkingDayCalendarOptions {
  /** The years to start from; the bundled ones by default. */
  readonly data?: readonly HolidayYear[];
  /** Checked with {@link CalendarOverridesSchema}; typically read from a deployment's config file. */
  readonly overrides?: unknown;
  /**
   * What a day in a year without data means. `throw` (default): a {@link CalendarCoverageError},
   * so a missing notice is noticed before deadlines go wrong. `weekends-only`: Monday–Friday are
   * working days; `dayInfo` and `dueDate` then report `coverage: 'none'`, while the plain answers
   * (`isWorkingDay`, `addWorkingDays`, `countWorkingDays`) cannot, so check `coverage(day)` with them.
   */
  readonly outsideCoverage?: 'throw' | 'weekends-only';
}

export interface WorkingDayCalendar {
  /** Years with data, ascending. */
  readonly years: readonly number[];
  coverage(day: DayInput): Coverage;
  dayInfo(day: DayInput): DayInfo;
  isWorkingDay(day: DayInput): boolean;
  /**
   * The `workingDays`-th working day after `start`'s day. The start day itself never counts (Civil
   * Code art. 201: a period counted in days begins the next day), so 1 working day from a Friday
   * afternoon is Monday, and from a Saturday before a make-up Sunday it is that Sunday. 0 gives the
   * start day.
   */
  addWorkingDays(start: DayInput, workingDays: number): IsoDate;
  /** Working days `d` with `from < d ≤ to` (so `countWorkingDays(a, addWorkingDays(a, n)) === n`); negative when `to` is earlier. */
  countWorkingDays(from: DayInput, to: DayInput): number;
  /** The deadline `workingDays` working days after `start`, ending at 24:00 of its day (Civil Code art. 203). */
  dueDate(start: DayInput, workingDays: number): DueDate;
}

/** The calendar's data or overrides contradict themselves or the rules; the message says where. */
export class CalendarDataError extends Error {
  override name = 'CalendarDataError';
}

/** A day fell in a year the calendar has no data for (with `outsideCoverage: 'throw'`). */
export class CalendarCoverageError extends Error {
  override name = 'CalendarCoverageError';
  constructor(
    readonly date: IsoDate,
    years: readonly number[],
  ) {
    const covered = years.length > 0 ? `covers ${years.join(', ')}` : 'has no years';
    super(
      `${date} is outside the working-day calendar (it ${covered}); add the ${date.slice(0, 4)} holiday notice through overrides.years, or choose outsideCoverage: 'weekends-only'`,
    );
  }
}

export function createWorkingDayCalendar(options: WorkingDayCalendarOptions = {}): WorkingDayCalendar {
  const { statusByYear, holidays, makeUpWorkdays } = buildDays(options.data ?? BUNDLED_HOLIDAY_YEARS, options.overrides);
  const years = [...statusByYear.keys()].sort((a, b) => a - b);
  const strict = (options.outsideCoverage ?? 'throw') === 'throw';

  function coverageOf(date: IsoDate): Coverage {
    return statusByYear.get(Number(date.slice(0, 4))) ?? 'none';
  }

  function info(date: IsoDate): DayInfo {
    const coverage = coverageOf(date);
    if (coverage === 'none' && strict) throw new CalendarCoverageError(date, years);
    const weekday = weekdayOf(date);
    const holiday = holidays.get(date);
    if (holiday) return { date, weekday, working: false, kind: 'holiday', holiday, coverage };
    if (makeUpWorkdays.has(date)) return { date, weekday, working: true, kind: 'make-up-workday', coverage };
    return weekday >= 6
      ? { date, weekday, working: false, kind: 'weekend', coverage }
      : { date, weekday, working: true, kind: 'workday', coverage };
  }

  function walk(start: DayInput, workingDays: number): DueDate {
    if (!Number.isSafeInteger(workingDays) || workingDays < 0) {
      throw new RangeError(`the number of working days must be a whole number ≥ 0, got ${workingDays}`);
    }
    let date = toChinaDate(start);
    // The start day's own kind never matters (it is not counted), so only later days weigh in.
    let weakest: Coverage = 'official';
    for (let left = workingDays; left > 0; ) {
      date = addDays(date, 1);
      const day = info(date);
      if (COVERAGE_RANK[day.coverage] < COVERAGE_RANK[weakest]) weakest = day.coverage;
      if (day.working) left--;
    }
    return { date, endsAt: chinaDayStart(addDays(date, 1)), coverage: weakest };
  }

  function count(from: IsoDate, to: IsoDate): number {
    let n = 0;
    for (let d = addDays(from, 1); d <= to; d = addDays(d, 1)) if (info(d).working) n++;
    return n;
  }

  return {
    years,
    coverage: (day) => coverageOf(toChinaDate(day)),
    dayInfo: (day) => info(toChinaDate(day)),
    isWorkingDay: (day) => info(toChinaDate(day)).working,
    addWorkingDays: (start, workingDays) => walk(start, workingDays).date,
    countWorkingDays(from, to) {
      const [a, b] = [toChinaDate(from), toChinaDate(to)];
      // IsoDate strings compare in calendar order.
      return a <= b ? count(a, b) : -count(b, a);
    },
    dueDate: walk,
  };
}

/** True once `now` has passed the end of the due day. */
export function isPastDue(due: DueDate, now: Date | number = Date.now()): boolean {
  return (typeof now === 'number' ? now : now.getTime()) >= due.endsAt.getTime();
}

interface Days {
  statusByYear: Map<number, HolidayYear['status']>;
  holidays: Map<IsoDate, Labels>;
  makeUpWorkdays: Set<IsoDate>;
}

function buildDays(data: readonly HolidayYear[], rawOverrides: unknown): Days {
  const parsed = CalendarOverridesSchema.safeParse(rawOverrides ?? {});
  if (!parsed.success) throw new CalendarDataError(`calendar overrides: ${describeIssues(parsed.error.issues)}`);
  const overrides = parsed.data;

  const byYear = new Map<number, HolidayYear>();
  for (const year of data) byYear.set(checkYear(year, 'holiday data').year, year);
  const replaced = new Set<number>();
  for (const year of overrides.years ?? []) {
    if (replaced.has(year.year)) throw new CalendarDataError(`calendar overrides: years lists ${year.year} twice`);
    replaced.add(year.year);
    byYear.set(year.year, year);
  }

  const holidays = new Map<IsoDate, Labels>();
  const makeUpWorkdays = new Set<IsoDate>();
  for (const year of byYear.values()) {
    for (const { date, name } of year.holidays) {
      if (holidays.has(date)) throw new CalendarDataError(`holiday data for ${year.year}: ${date} is listed as a holiday twice`);
      holidays.set(date, name);
    }
    for (const date of year.makeUpWorkdays) {
      if (makeUpWorkdays.has(date)) {
        throw new CalendarDataError(`holiday data for ${year.year}: ${date} is listed as a make-up working day twice`);
      }
      makeUpWorkdays.add(date);
    }
  }

  for (const date of overrides.removeHolidays ?? []) {
    if (!holidays.delete(date)) throw new CalendarDataError(`calendar overrides: removeHolidays: ${date} is not a holiday in the calendar`);
  }
  for (const date of overrides.removeMakeUpWorkdays ?? []) {
    if (!makeUpWorkdays.delete(date)) {
      throw new CalendarDataError(`calendar overrides: removeMakeUpWorkdays: ${date} is not a make-up working day in the calendar`);
    }
  }
  for (const { date, name } of overrides.addHolidays ?? []) {
    if (holidays.has(date)) throw new CalendarDataError(`calendar overrides: addHolidays: ${date} is already a holiday`);
    holidays.set(
      date,
      name ? { 'zh-CN': name['zh-CN'], en: name.en ?? name['zh-CN'], 'zh-TW': name['zh-TW'] ?? name['zh-CN'] } : LOCAL_HOLIDAY,
    );
  }
  for (const date of overrides.addMakeUpWorkdays ?? []) {
    if (makeUpWorkdays.has(date)) {
      throw new CalendarDataError(`calendar overrides: addMakeUpWorkdays: ${date} is already a make-up working day`);
    }
    makeUpWorkdays.add(date);
  }

  for (const date of makeUpWorkdays) {
    if (!isWeekend(date)) {
      throw new CalendarDataError(
        `${date} is listed as a make-up working day but is a weekday; make-up working days are weekend days (to cancel a holiday, remove it instead)`,
      );
    }
    if (holidays.has(date)) throw new CalendarDataError(`${date} is listed both as a holiday and as a make-up working day`);
  }

  const statusByYear = new Map<number, HolidayYear['status']>();
  for (const [year, { status }] of byYear) statusByYear.set(year, status);
  return { statusByYear, holidays, makeUpWorkdays };
}

function checkYear(year: HolidayYear, where: string): HolidayYear {
  const parsed = HolidayYearSchema.safeParse(year);
  if (!parsed.success) throw new CalendarDataError(`${where} for ${String(year?.year)}: ${describeIssues(parsed.error.issues)}`);
  return year;
}
