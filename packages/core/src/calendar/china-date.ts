/**
 * Calendar days as people in a Chinese service hall count them: China Standard Time, UTC+8 all year
 * (no daylight saving since 1992), so an instant's local date is its UTC date 8 hours later. Every
 * deadline, holiday and tracking-number date in Manyi is such a day, written `YYYY-MM-DD`.
 */
import * as z from 'zod/mini';

/** A calendar day in China Standard Time, written `YYYY-MM-DD`. */
export type IsoDate = string;

/**
 * What a caller may pass where a day is meant: a `YYYY-MM-DD` string is taken as that day in China;
 * a `Date`, epoch milliseconds or an RFC 3339 date-time with an offset (`…Z`, `…+08:00`) is an
 * instant and falls on its China Standard Time date.
 */
export type DayInput = IsoDate | Date | number;

export const CHINA_UTC_OFFSET_MINUTES = 480;
const OFFSET_MS = CHINA_UTC_OFFSET_MINUTES * 60_000;
const DAY_MS = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
// A date-time without an offset would be read in the runtime's own zone: refuse it rather than guess.
const DATE_TIME_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/i;

/** True for a real calendar day written `YYYY-MM-DD` (so `2025-02-29` is false). */
export function isIsoDate(value: string): boolean {
  return !Number.isNaN(dayNumberOrNaN(value));
}

export const IsoDateSchema = z.string().check(z.refine(isIsoDate, 'use a calendar day written YYYY-MM-DD, e.g. 2025-10-01'));

/** The China Standard Time calendar day of an instant. */
export function chinaDateOf(instant: Date | number | string): IsoDate {
  const ms = instantMs(instant);
  return fromDayNumber(Math.floor((ms + OFFSET_MS) / DAY_MS));
}

/** The day a caller means (see {@link DayInput}); throws a RangeError naming the bad input. */
export function toChinaDate(day: DayInput): IsoDate {
  if (typeof day === 'string' && ISO_DATE.test(day)) {
    if (!isIsoDate(day)) throw new RangeError(`${day} is not a calendar day`);
    return day;
  }
  return chinaDateOf(day);
}

/** The instant a China day begins (00:00 +08:00). */
export function chinaDayStart(date: IsoDate): Date {
  return new Date(dayNumber(date) * DAY_MS - OFFSET_MS);
}

/** ISO weekday of a day: 1 Monday … 7 Sunday. */
export function weekdayOf(date: IsoDate): number {
  // Day 0 (1970-01-01) was a Thursday.
  return ((((dayNumber(date) + 3) % 7) + 7) % 7) + 1;
}

export function isWeekend(date: IsoDate): boolean {
  return weekdayOf(date) >= 6;
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromDayNumber(dayNumber(date) + days);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return dayNumber(to) - dayNumber(from);
}

/** Days since 1970-01-01; throws on anything but a real `YYYY-MM-DD` day. */
function dayNumber(date: IsoDate): number {
  const n = dayNumberOrNaN(date);
  if (Number.isNaN(n)) throw new RangeError(`${JSON.stringify(date)} is not a calendar day written YYYY-MM-DD`);
  return n;
}

function dayNumberOrNaN(date: string): number {
  const m = ISO_DATE.exec(date);
  if (!m) return Number.NaN;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const d = new Date(0);
  // setUTCFullYear, unlike Date.UTC, does not turn years 0–99 into 1900–1999.
  d.setUTCFullYear(year, month - 1, day);
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return Number.NaN;
  return Math.round(d.getTime() / DAY_MS);
}

function fromDayNumber(n: number): IsoDate {
  const d = new Date(n * DAY_MS);
  const year = d.getUTCFullYear();
  if (year < 0 || year > 9999) throw new RangeError('date outside years 0000–9999');
  return `${String(year).padStart(4, '0')}-${String(d.getUTCMonth() + 1).padStart(2, '0')}-${String(d.getUTCDate()).padStart(2, '0')}`;
}

function instantMs(instant: Date | number | string): number {
  let ms: number;
  if (instant instanceof Date) ms = instant.getTime();
  else if (typeof instant === 'number') ms = instant;
  else {
    if (!DATE_TIME_WITH_OFFSET.test(instant) || !isIsoDate(instant.slice(0, 10))) {
      throw new RangeError(
        `${JSON.stringify(instant)} is neither a day (YYYY-MM-DD) nor a date-time with an offset (e.g. 2025-10-01T09:30:00+08:00)`,
      );
    }
    ms = Date.parse(instant);
  }
  if (!Number.isFinite(ms)) throw new RangeError(`${String(instant)} is not a valid instant`);
  return ms;
}
