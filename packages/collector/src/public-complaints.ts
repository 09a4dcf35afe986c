import {
  type ComplaintRecord,
  ComplaintRecordSchema,
  describeIssues,
  MAX_TRACKING_SEQ,
  makeTrackingNumber,
  TRACKING_PREFIXES,
  toChinaDate,
  uuidv7,
  validateTrackingNumber,
} from '@manyi/core';
import { ApiError } from './errors.js';
import { PublicComplaintRequestSchema, type PublicComplaintStatus } from './schemas/public.js';
import { COLLECTOR_TRACKING_NODE } from './store/device-store.js';
import type { Store } from './store/store.js';
import { referenceProblems, webStoredRecord } from './web-records.js';

const invalid = (message: string) => new ApiError(400, 'invalid-complaint', message);

/** A new number on the collector's own node; the counter lives in the database, so collectors sharing one never collide. */
export async function newTrackingNumber(store: Store, now: Date): Promise<string> {
  const day = toChinaDate(now);
  const seq = await store.complaints.nextTrackingSeq(COLLECTOR_TRACKING_NODE, day);
  if (seq > MAX_TRACKING_SEQ) {
    throw new ApiError(
      503,
      'tracking-numbers-exhausted',
      'no more tracking numbers can be made today; please file the complaint tomorrow or by phone',
    );
  }
  return makeTrackingNumber({ prefix: TRACKING_PREFIXES.complaint, date: day, node: COLLECTOR_TRACKING_NODE, seq });
}

/**
 * `POST /api/v1/public/complaints`: files a complaint from the web channel and gives it a tracking
 * number. `created` is false when the same `id` was filed before with the same content.
 */
export async function fileWebComplaint(store: Store, body: unknown, now = new Date()): Promise<{ trackingNo: string; created: boolean }> {
  if (typeof body === 'object' && body !== null && 'trackingNo' in body) {
    throw invalid('trackingNo: the collector makes the tracking number for web complaints; leave it out');
  }
  const request = PublicComplaintRequestSchema.safeParse(body);
  if (!request.success) throw invalid(describeIssues(request.error.issues));
  const { createdAt: clientCreatedAt, channel, ...filed } = request.data;
  const problems = await referenceProblems(store, filed.stationId, filed);
  if (problems.length > 0) throw invalid(problems.join('; '));

  const record: ComplaintRecord = {
    ...filed,
    id: filed.id ?? uuidv7(now.getTime()),
    kind: 'complaint',
    createdAt: now.toISOString(),
    channel: channel ?? 'web',
    // A stand-in with a valid check so the whole record is checked before a number is used up.
    trackingNo: makeTrackingNumber({ prefix: TRACKING_PREFIXES.complaint, date: now, node: COLLECTOR_TRACKING_NODE, seq: 0 }),
  };
  const check = ComplaintRecordSchema.safeParse(record);
  if (!check.success) throw invalid(describeIssues(check.error.issues));
  record.trackingNo = await newTrackingNumber(store, now);

  const [outcome] = await store.records.insert([webStoredRecord(record, request.data, clientCreatedAt, now)]);
  if (outcome === 'accepted') return { trackingNo: record.trackingNo, created: true };
  const earlier = outcome === 'duplicate' ? await store.complaints.get({ recordId: record.id }) : undefined;
  if (earlier) return { trackingNo: earlier.trackingNo, created: false };
  throw new ApiError(409, 'conflict', 'id: another record with this id and different content is already stored; make a new id');
}

/** The tracking number as typed, in canonical form; a malformed one is refused with what is wrong. */
export function trackingNumberParam(typed: string): string {
  const check = validateTrackingNumber(typed, { prefixes: [TRACKING_PREFIXES.complaint] });
  if (!check.valid) throw new ApiError(400, 'invalid-tracking-number', `trackingNo: ${check.message}`);
  return check.number;
}

/** `GET /api/v1/public/complaints/{trackingNo}`: status, dates and public reply — never contact details or the description. */
export async function publicComplaintStatus(store: Store, typed: string): Promise<PublicComplaintStatus> {
  const trackingNo = trackingNumberParam(typed);
  const c = await store.complaints.get({ trackingNo });
  if (!c) throw new ApiError(404, 'complaint-not-found', `no complaint with tracking number ${trackingNo}`);
  return {
    trackingNo: c.trackingNo,
    stationId: c.stationId,
    category: c.category,
    status: c.status,
    receivedAt: c.receivedAt,
    repliedAt: c.repliedAt,
    closedAt: c.closedAt,
    publicReply: c.publicReply,
  };
}
