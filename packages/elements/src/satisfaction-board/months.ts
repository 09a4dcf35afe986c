import { chinaDateOf } from '@manyi/core';

/**
 * `YYYY-MM` of the month `offset` months from the one `now` falls in. Months are counted as the
 * hall publishes them, in China Standard Time, whatever time zone the reader's browser is in.
 */
export function monthOf(now: Date, offset = 0): string {
  const [year, month] = chinaDateOf(now).split('-').map(Number) as [number, number];
  return new Date(Date.UTC(year, month - 1 + offset, 1)).toISOString().slice(0, 7);
}

/**
 * The months a reader may pick, newest first: the collector's own list when it sends one, else the
 * running month and the `count - 1` before it. The month shown is always among them.
 */
export function selectableMonths(shown: string, now: Date, count: number, published?: readonly string[]): string[] {
  const months = published?.length ? [...published] : Array.from({ length: Math.max(1, count) }, (_, i) => monthOf(now, -i));
  if (!months.includes(shown)) months.push(shown);
  return months.sort().reverse();
}

/** A `YYYY-MM` month as a Date at its first day, for Intl formatting in UTC. */
export function monthDate(month: string): Date {
  return new Date(`${month}-01T00:00:00Z`);
}
