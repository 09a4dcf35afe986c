import { chinaDateOf, makeTrackingNumber, TRACKING_PREFIXES } from '@manyi/core';

const KEY_PREFIX = 'manyi-notice-seq';
// Where localStorage is unavailable (privacy modes, sandboxed frames) numbers still never repeat
// within the page's life.
const memory = new Map<string, number>();

function storage(): Storage | undefined {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    return undefined;
  }
}

/** The storage key of one device node's counter for one China day. */
export function noticeCounterKey(node: number, date: string): string {
  return `${KEY_PREFIX}:${TRACKING_PREFIXES.notice}:${node}:${date}`;
}

export interface ReservedNoticeNumber {
  readonly noticeNo: string;
  /** Marks the number as used, so the next notice of the day gets the next one. */
  commit(): void;
}

/**
 * The next notice number (`GZ-YYMMDD-NNSSSC`) for this device node and day, not yet used up:
 * a notice that fails validation does not burn a number. Throws a RangeError for a bad node.
 */
export function reserveNoticeNumber(node: number, now: number): ReservedNoticeNumber {
  const date = chinaDateOf(now);
  const key = noticeCounterKey(node, date);
  const store = storage();
  let stored = Number.NaN;
  try {
    stored = Number(store?.getItem(key) ?? Number.NaN);
  } catch {
    // Fall back to the page's memory below.
  }
  const seq = Math.max(Number.isInteger(stored) && stored >= 0 ? stored : 0, memory.get(key) ?? 0);
  const noticeNo = makeTrackingNumber({ prefix: TRACKING_PREFIXES.notice, date, node, seq });
  return {
    noticeNo,
    commit() {
      memory.set(key, seq + 1);
      try {
        store?.setItem(key, String(seq + 1));
        pruneOtherDays(store, node, key);
      } catch {
        // Quota or access errors: the in-memory counter still keeps numbers unique.
      }
    },
  };
}

/** Counters of past days are never needed again (the date is part of the number). */
function pruneOtherDays(store: Storage | undefined, node: number, keep: string): void {
  if (!store) return;
  const mine = `${KEY_PREFIX}:${TRACKING_PREFIXES.notice}:${node}:`;
  for (let i = store.length - 1; i >= 0; i--) {
    const key = store.key(i);
    if (key?.startsWith(mine) && key !== keep) store.removeItem(key);
  }
}
