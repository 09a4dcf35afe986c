/**
 * The shape of one year's public holidays and make-up working days (调休上班日) as the State
 * Council General Office announces them each autumn for the next year. It is data, not code:
 * a deployment can supply a year that is not bundled yet, or correct one, without a release.
 */
import * as z from 'zod/mini';
import type { Labels } from '../locale.js';
import { type IsoDate, IsoDateSchema } from './china-date.js';

/**
 * `official`: copied from the published notice. `provisional`: Manyi's projection of a notice not
 * yet published, from the standing rules; dates computed from it say so (see `coverage`).
 */
export const HOLIDAY_DATA_STATUSES = ['official', 'provisional'] as const;
export type HolidayDataStatus = (typeof HOLIDAY_DATA_STATUSES)[number];

/** One day off: every day of a break is listed, weekend days included, so each day has its name. */
export interface Holiday {
  readonly date: IsoDate;
  readonly name: Labels;
}

export interface HolidayYear {
  readonly year: number;
  readonly status: HolidayDataStatus;
  /** The notice the dates come from (title, document number, date published). */
  readonly source: string;
  readonly holidays: readonly Holiday[];
  /** Weekend days that are working days (调休上班) because of the year's breaks. */
  readonly makeUpWorkdays: readonly IsoDate[];
}

const LabelsSchema = z.object({
  'zh-CN': z.string().check(z.minLength(1)),
  en: z.string().check(z.minLength(1)),
  'zh-TW': z.string().check(z.minLength(1)),
});

export const HolidayYearSchema = z.strictObject({
  year: z.number().check(z.int(), z.gte(1992, 'years before 1992 are not supported'), z.lte(9999)),
  status: z.enum(HOLIDAY_DATA_STATUSES),
  source: z.string().check(z.minLength(1, 'name the notice the dates come from')),
  holidays: z.array(z.strictObject({ date: IsoDateSchema, name: LabelsSchema })),
  makeUpWorkdays: z.array(IsoDateSchema),
});

/** Names of the national holidays (全国年节及纪念日放假办法, art. 2). */
export const HOLIDAY_NAMES = {
  newYear: { 'zh-CN': '元旦', en: "New Year's Day", 'zh-TW': '元旦' },
  springFestival: { 'zh-CN': '春节', en: 'Spring Festival', 'zh-TW': '春節' },
  qingming: { 'zh-CN': '清明节', en: 'Qingming Festival', 'zh-TW': '清明節' },
  labourDay: { 'zh-CN': '劳动节', en: 'Labour Day', 'zh-TW': '勞動節' },
  dragonBoat: { 'zh-CN': '端午节', en: 'Dragon Boat Festival', 'zh-TW': '端午節' },
  midAutumn: { 'zh-CN': '中秋节', en: 'Mid-Autumn Festival', 'zh-TW': '中秋節' },
  nationalDay: { 'zh-CN': '国庆节', en: 'National Day', 'zh-TW': '國慶節' },
  /** When the two fall together they make one 8-day break (as in 2025). */
  nationalDayMidAutumn: { 'zh-CN': '国庆节、中秋节', en: 'National Day and Mid-Autumn Festival', 'zh-TW': '國慶節、中秋節' },
} as const satisfies Record<string, Labels>;
