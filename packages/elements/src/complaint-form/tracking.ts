import { chinaDateOf, MAX_TRACKING_NODE, makeTrackingNumber, TRACKING_PREFIXES } from '@manyi/core';

const PREFIX = TRACKING_PREFIXES.complaint;
const NODE_KEY = 'manyi:tracking-node';
const SEQ_KEY = (node: number) => `manyi:tracking-seq:${PREFIX}:${node}:`;

// Kept when localStorage is refused (sandboxed frame, storage disabled): numbers then stay unique
// for this page's life only, so the in-memory counter starts at a random point to make a clash
// with an earlier page load unlikely.
const memory = new Map<string, string>();

function storage(): Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'> | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}

function read(key: string): string | null {
  try {
    const stored = storage()?.getItem(key);
    if (stored !== null && stored !== undefined) return stored;
  } catch {
    // Refused: fall back to this page's copy.
  }
  return memory.get(key) ?? null;
}

/** The higher of the stored and the in-memory counter: a write that failed must not hand out a number twice. */
function readCounter(key: string): number | undefined {
  const values = [read(key), memory.get(key)].filter((v): v is string => v !== null && v !== undefined).map(Number);
  const valid = values.filter(Number.isInteger);
  return valid.length > 0 ? Math.max(...valid) : undefined;
}

function write(key: string, value: string): void {
  memory.set(key, value);
  try {
    storage()?.setItem(key, value);
  } catch {
    // Quota or privacy settings: the in-memory copy still keeps this page's numbers apart.
  }
}

function randomBelow(n: number): number {
  return (crypto.getRandomValues(new Uint32Array(1))[0] ?? 0) % n;
}

/** This device's node: the enrolled one when given, else one drawn once and kept. */
export function trackingNode(enrolled: number | undefined): number {
  if (enrolled !== undefined) return enrolled;
  const stored = read(NODE_KEY);
  const kept = Number(stored);
  const node =
    stored !== null && Number.isInteger(kept) && kept >= 0 && kept <= MAX_TRACKING_NODE ? kept : randomBelow(MAX_TRACKING_NODE + 1);
  // Written every time, so storage cleared while the page is open gets the node back.
  write(NODE_KEY, String(node));
  return node;
}

/** Drops the counters of earlier days for this node, so they do not pile up for years. */
function forgetOldDays(node: number, today: string): void {
  const store = storage();
  if (!store) return;
  try {
    const stale: string[] = [];
    for (let i = 0; i < store.length; i++) {
      const key = store.key(i);
      if (key?.startsWith(SEQ_KEY(node)) && !key.endsWith(today)) stale.push(key);
    }
    for (const key of stale) store.removeItem(key);
  } catch {
    // Nothing to tidy when storage is refused.
  }
}

/**
 * A new complaint tracking number made on this device, so the citizen gets it even offline. The
 * per-day counter is stored before the number is handed out: two complaints never share one.
 * Throws a RangeError when the day's counter is used up (32 768 complaints on one device).
 */
export function nextDeviceTrackingNumber(enrolledNode: number | undefined, now: Date = new Date()): string {
  const node = trackingNode(enrolledNode);
  const today = chinaDateOf(now);
  const key = SEQ_KEY(node) + today;
  const last = readCounter(key);
  const seq = last === undefined ? (storage() ? 0 : randomBelow(4096)) : last + 1;
  const trackingNo = makeTrackingNumber({ prefix: PREFIX, date: now, node, seq });
  if (last === undefined) forgetOldDays(node, today);
  write(key, String(seq));
  return trackingNo;
}
