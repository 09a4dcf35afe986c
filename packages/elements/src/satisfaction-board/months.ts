/**
 * Months as the hall publishes them: counted in China Standard Time (UTC+8, no daylight saving),
 * whatever time zone the reader's browser is in.
 */
const CST_OFFSET_MS = 8 * 60 * 60 * 1000;

/** `YYYY-MM` of the month `offset` months from the one `now` falls in (CST). */
export function monthOf(now: Date, offset = 0): string {
  const cst = new Date(now.getTime() + CST_OFFSET_MS);
  const first = new Date(Date.UTC(cst.getUTCFullYear(), cst.getUTCMonth() + offset, 1));
  return first.toISOString().slice(0, 7);
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
