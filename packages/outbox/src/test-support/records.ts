import { type ComplaintRecord, makeTrackingNumber, type RatingRecord, TRACKING_PREFIXES, uuidv7 } from '@manyi/core';
import { sampleRating } from '../../../core/dist-test/test-support/sample-records.js';

/** The sample rating at the demo station, made now. */
export function rating(): RatingRecord {
  return sampleRating();
}

let complaints = 0;
/** A complaint whose citizen asked for a reply and left a name and phone for it. */
export function complaintWithContact(): ComplaintRecord {
  return {
    id: uuidv7(),
    kind: 'complaint',
    createdAt: new Date().toISOString(),
    stationId: 'demo',
    windowId: 'w01',
    channel: 'device',
    trackingNo: makeTrackingNumber({ prefix: TRACKING_PREFIXES.complaint, date: new Date(), node: 7, seq: complaints++ }),
    category: 'delay',
    description: '等了两个小时',
    wantsReply: true,
    contact: { name: '王芳', phone: '13800138000' },
    consent: true,
  };
}

export const CREDENTIALS = { deviceId: 'dev-1', token: 'mdt_test', stationId: 'demo' };

let counter = 0;
/** A database name no other test uses. */
export function freshDbName(label: string): string {
  return `${label}-${Date.now()}-${counter++}`;
}
