import { LEVEL_LABELS, UNIT_TIER_LABELS } from '@manyi/core';
import { formats, type SatisfactionBoardMessages } from './messages.js';
import { monthDate } from './months.js';

const F = formats('en');
const enPlural = new Intl.PluralRules('en');

export const SATISFACTION_BOARD_EN: SatisfactionBoardMessages = {
  heading: 'Satisfaction results',
  stationHeading: (name) => `${name}: satisfaction results`,
  month: (month) => F.month.format(monthDate(month)),
  monthPicker: 'Month',
  loading: 'Loading the results…',
  noData: 'No results to show',
  noRatings: 'No ratings this month.',
  provisional: 'This month is not over yet: figures so far, final after the month ends.',
  figures: {
    total: 'Ratings',
    goodReviewRate: 'Good-review rate',
    badReviewCount: 'Bad reviews',
    badReviewsHandled: 'Bad reviews handled',
    score: 'Score',
    tier: 'Rating tier',
  },
  count: (n) => F.number.format(n),
  percent: (share) => F.percent.format(share),
  noRate: 'None yet',
  score: (points) => `${F.score.format(points)} ${enPlural.select(points) === 'one' ? 'point' : 'points'}`,
  handled: (handled, bad) => `${F.number.format(handled)} of ${F.number.format(bad)}`,
  level: (level) => LEVEL_LABELS[level].en,
  tier: (tier) => UNIT_TIER_LABELS[tier].en,
  levelShare: (count, share) =>
    `${F.number.format(count)} ${enPlural.select(count) === 'one' ? 'rating' : 'ratings'}${share === null ? '' : `, ${F.percent.format(share)}`}`,
  levelsHeading: 'Ratings by level',
  windowsHeading: 'Ratings by window',
  window: 'Window',
  removedWindow: (id) => `Removed window (${id})`,
  noWindow: 'No window given',
  invalidData: 'The results contain errors and cannot be shown. Please pass the problems below to the site administrator.',
  config: 'The results board is set up wrongly and cannot fetch data. Please pass the problems below to the site administrator.',
  network: 'The results could not be fetched: the network is unavailable. Check the connection and reload.',
  http: (status) => `The results could not be fetched: the server answered with an error (HTTP ${status}). Please reload later.`,
  notFound: 'The results could not be fetched: this service station was not found. Please ask the site administrator to check its id.',
  notJson: 'The results could not be read: the server did not return valid JSON. Please tell the site administrator.',
  retry: 'Reload',
  details: 'Details: ',
};
