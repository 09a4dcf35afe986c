import { type ComplaintRecord, type HeartbeatRecord, makeTrackingNumber, type RatingRecord, TRACKING_PREFIXES, uuidv7 } from '@manyi/core';
import { sampleRating } from '../../../core/dist-test/test-support/sample-records.js';

export { SAMPLE_PLACE, sampleRating } from '../../../core/dist-test/test-support/sample-records.js';

let seq = 0;

/** A kiosk complaint with a fresh tracking number on `node`; anonymous unless overridden. */
export function kioskComplaint(node: number, over: Partial<ComplaintRecord> = {}, at = new Date()): ComplaintRecord {
  return {
    id: uuidv7(at.getTime()),
    kind: 'complaint',
    createdAt: at.toISOString(),
    stationId: 'hall',
    channel: 'device',
    trackingNo: makeTrackingNumber({ prefix: TRACKING_PREFIXES.complaint, date: at, node, seq: seq++ }),
    category: 'attitude',
    windowId: 'w1',
    description: '窗口工作人员态度冷淡，问了两遍才回答。',
    wantsReply: false,
    ...over,
  };
}

export const CONTACT = { contact: { name: '王先生', phone: '13912345678' }, consent: true, wantsReply: true } as const;

/** The sample rating, at the station `hall` (window w1) that the route tests set up. */
export function rating(over: Partial<RatingRecord> = {}, at = new Date()): RatingRecord {
  return sampleRating({ stationId: 'hall', windowId: 'w1', ...over }, at);
}

export function heartbeat(pending: number, at = new Date()): HeartbeatRecord {
  return {
    id: uuidv7(at.getTime()),
    kind: 'heartbeat',
    createdAt: at.toISOString(),
    stationId: 'hall',
    channel: 'device',
    pending,
    quarantined: 0,
    oldestPendingAt: null,
    lastSuccessAt: null,
    persisted: true,
    storageUsage: null,
    storageQuota: null,
    appVersion: '0.1.0',
  };
}
