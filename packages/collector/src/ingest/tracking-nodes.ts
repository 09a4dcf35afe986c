import { toChinaDate, validateTrackingNumber } from '@manyi/core';
import type { Rejection } from './check.js';

const DAY_MS = 86_400_000;

/**
 * A tablet makes tracking numbers on its own node only, for about the day it made the record: a
 * number on another node would take another tablet's (or the collector's) number and send their
 * citizen's complaint to quarantine. Checked against the corrected time, with a day's slack for
 * clocks either side of midnight.
 */
export function trackingNumberProblem(
  record: { kind: string; trackingNo?: string; noticeNo?: string },
  trackingNode: number | null,
  createdAtMs: number,
): Rejection | undefined {
  const number = record.kind === 'complaint' ? record.trackingNo : record.kind === 'notice' ? record.noticeNo : undefined;
  if (number === undefined) return undefined;
  const check = validateTrackingNumber(number);
  // A notice number need not be a tracking number (paper forms have their own); a complaint's is checked by its schema.
  if (!check.valid) return undefined;
  const field = record.kind === 'complaint' ? 'trackingNo' : 'noticeNo';
  if (check.parts.node !== trackingNode) {
    return { code: 'wrong-tracking-node', message: `${field}: this device makes numbers on the node it was enrolled with, not another` };
  }
  const days = [-DAY_MS, 0, DAY_MS].map((d) => toChinaDate(new Date(createdAtMs + d)));
  if (!days.includes(check.parts.date)) {
    return { code: 'tracking-day-mismatch', message: `${field}: its day is more than a day from when the record was made` };
  }
  return undefined;
}
