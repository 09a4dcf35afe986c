import type { CommitmentLimit } from '@manyi/core';
import type { CommitmentBoardMessages } from './messages.js';

type Unit = CommitmentLimit['unit'];
type Tier = NonNullable<CommitmentLimit['areaTier']>;

const enNumber = new Intl.NumberFormat('en');
const enPlural = new Intl.PluralRules('en');
const enPercent = new Intl.NumberFormat('en', { style: 'percent', maximumFractionDigits: 1 });
const EN_UNIT: Record<Unit, { one: string; other: string }> = {
  minutes: { one: 'minute', other: 'minutes' },
  hours: { one: 'hour', other: 'hours' },
  days: { one: 'day', other: 'days' },
  'working-days': { one: 'working day', other: 'working days' },
};
const EN_TIER: Record<Tier, string> = { urban: 'Urban areas', rural: 'Rural areas', remote: 'Remote areas' };

function enLimit({ value, unit, measure, areaTier }: CommitmentLimit): string {
  const amount = `${enNumber.format(value)} ${EN_UNIT[unit][enPlural.select(value) === 'one' ? 'one' : 'other']}`;
  const phrase = measure === 'maximum' ? `within ${amount} (maximum)` : `${amount} on average`;
  if (areaTier) return `${EN_TIER[areaTier]}: ${phrase}`;
  return phrase.charAt(0).toUpperCase() + phrase.slice(1);
}
export const COMMITMENT_BOARD_EN: CommitmentBoardMessages = {
  heading: 'Service commitments',
  loading: 'Loading service commitments…',
  empty: 'This station has not posted any service commitments yet',
  limit: enLimit,
  keptRate: (rate) => enPercent.format(rate),
  fields: {
    limits: 'Time limit',
    fees: 'Fees',
    hours: 'Opening hours',
    legalBasis: 'Legal basis',
    hotline: 'Hotline',
    complaintPhone: 'Complaints',
    liability: 'If we break this promise',
    keptRate: 'Promise kept',
  },
  page: (current, total) => `Page ${current} of ${total}`,
  pages: 'Pages',
  previous: 'Previous page',
  next: 'Next page',
  paused: 'Paging paused',
  invalidData:
    'The service commitments contain errors and cannot be shown. Please pass the problems below to the site or hall administrator.',
  network: 'The service commitments could not be fetched: the network is unavailable. Check the connection and reload.',
  http: (status) =>
    `The service commitments could not be fetched: the server answered with an error (HTTP ${status}). Please reload later.`,
  notJson: 'The service commitments could not be read: the server did not return valid JSON. Please tell the site administrator.',
  retry: 'Reload',
  details: 'Details: ',
};
