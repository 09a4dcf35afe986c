/**
 * Delay before retry number `attempt` (1-based): doubling from `minMs` up to `maxMs`, with "equal
 * jitter" so a hall full of tablets coming back online does not hit the collector in step.
 */
export function backoffDelay(attempt: number, minMs: number, maxMs: number, random: () => number = Math.random): number {
  const ceiling = Math.min(maxMs, minMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}
