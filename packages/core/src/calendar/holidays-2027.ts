import type { HolidayYear } from './holiday-data.js';
import { HOLIDAY_NAMES as N } from './holiday-data.js';

/**
 * PROVISIONAL — not a published notice. The State Council's notice for 2027 (国务院办公厅关于2027年
 * 部分节假日安排的通知, expected about November 2026) was not available when this was written.
 * These dates apply the standing rules stated in the 2025 notice (国办发明电〔2024〕12号):
 * Spring Festival 8 days from New Year's Eve, National Day 7 days from 1 October, Labour Day 5 days,
 * New Year, Qingming, Dragon Boat and Mid-Autumn 3 days — or that day alone when it is a Wednesday.
 * Lunar dates: New Year's Eve Fri 5 Feb, Qingming Mon 5 Apr, Dragon Boat Wed 9 Jun, Mid-Autumn Wed
 * 15 Sep. The make-up days are guesses modelled on years with the same weekdays: Sun 31 Jan and
 * Sat 13 Feb (as 2024, whose Spring Festival also began on a Saturday, worked the day after the
 * break so it stayed 8 days), Sat 8 May, Sun 26 Sep and Sat 9 Oct (as 2021).
 * Replace with the published notice (or override it per deployment) as soon as it appears.
 */
export const HOLIDAYS_2027: HolidayYear = {
  year: 2027,
  status: 'provisional',
  source:
    'Manyi projection from the rules in 国办发明电〔2024〕12号; replace with 国务院办公厅关于2027年部分节假日安排的通知 once published',
  holidays: [
    { date: '2027-01-01', name: N.newYear },
    { date: '2027-01-02', name: N.newYear },
    { date: '2027-01-03', name: N.newYear },
    { date: '2027-02-05', name: N.springFestival },
    { date: '2027-02-06', name: N.springFestival },
    { date: '2027-02-07', name: N.springFestival },
    { date: '2027-02-08', name: N.springFestival },
    { date: '2027-02-09', name: N.springFestival },
    { date: '2027-02-10', name: N.springFestival },
    { date: '2027-02-11', name: N.springFestival },
    { date: '2027-02-12', name: N.springFestival },
    { date: '2027-04-03', name: N.qingming },
    { date: '2027-04-04', name: N.qingming },
    { date: '2027-04-05', name: N.qingming },
    { date: '2027-05-01', name: N.labourDay },
    { date: '2027-05-02', name: N.labourDay },
    { date: '2027-05-03', name: N.labourDay },
    { date: '2027-05-04', name: N.labourDay },
    { date: '2027-05-05', name: N.labourDay },
    { date: '2027-06-09', name: N.dragonBoat },
    { date: '2027-09-15', name: N.midAutumn },
    { date: '2027-10-01', name: N.nationalDay },
    { date: '2027-10-02', name: N.nationalDay },
    { date: '2027-10-03', name: N.nationalDay },
    { date: '2027-10-04', name: N.nationalDay },
    { date: '2027-10-05', name: N.nationalDay },
    { date: '2027-10-06', name: N.nationalDay },
    { date: '2027-10-07', name: N.nationalDay },
  ],
  makeUpWorkdays: ['2027-01-31', '2027-02-13', '2027-05-08', '2027-09-26', '2027-10-09'],
};
