import {
  type ComplaintRecord,
  ComplaintRecordSchema,
  complaintSecret,
  complaintSecretMatches,
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
import { COLLECTOR_TRACKING_NODE, WEB_OVERFLOW_NODES } from './store/device-store.js';
import type { Store } from './store/store.js';
import { referenceProblems, webStoredRecord } from './web-records.js';

const invalid = (message: string) => new ApiError(400, 'invalid-complaint', message);

/** Per store and day, the first web node not yet known to be used up: spares a counter bump on each full one. */
const firstOpenNode = new WeakMap<Store, { day: string; index: number }>();

/**
 * A new number for a web complaint: on the collector's own node 0, then on the overflow nodes kept
 * for the web (WEB_OVERFLOW_NODES) once a day's numbers there are used up, skipping any node a
 * tablet enrolled before they were kept still holds. The counters live in the database, so
 * collectors sharing one never collide.
 */
export async function newTrackingNumber(store: Store, now: Date): Promise<string> {
  const day = toChinaDate(now);
  const nodes = [COLLECTOR_TRACKING_NODE];
  for (let node = WEB_OVERFLOW_NODES.from; node <= WEB_OVERFLOW_NODES.to; node++) nodes.push(node);
  const known = firstOpenNode.get(store);
  let index = known?.day === day ? known.index : 0;
  let heldByTablets: Set<number> | undefined;
  for (; index < nodes.length; index++) {
    const node = nodes[index] as number;
    if (node !== COLLECTOR_TRACKING_NODE) {
      heldByTablets ??= await store.devices.heldTrackingNodes();
      if (heldByTablets.has(node)) continue;
    }
    const seq = await store.complaints.nextTrackingSeq(node, day);
    if (seq <= MAX_TRACKING_SEQ) {
      firstOpenNode.set(store, { day, index });
      return makeTrackingNumber({ prefix: TRACKING_PREFIXES.complaint, date: day, node, seq });
    }
  }
  firstOpenNode.set(store, { day, index });
  throw new ApiError(
    503,
    'tracking-numbers-exhausted',
    'no more tracking numbers can be made today; please file the complaint tomorrow or by phone',
  );
}

/**
 * `POST /api/v1/public/complaints`: files a complaint from the web channel and gives it a tracking
 * number. `created` is false when the same `id` was filed before with the same content.
 */
export async function fileWebComplaint(
  store: Store,
  body: unknown,
  now = new Date(),
): Promise<{ trackingNo: string; secret: string; created: boolean }> {
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
  const secret = complaintSecret(record.id);
  if (outcome === 'accepted') return { trackingNo: record.trackingNo, secret, created: true };
  const earlier = outcome === 'duplicate' ? await store.complaints.get({ recordId: record.id }) : undefined;
  if (earlier) return { trackingNo: earlier.trackingNo, secret, created: false };
  throw new ApiError(409, 'conflict', 'id: another record with this id and different content is already stored; make a new id');
}

/** The tracking number as typed, in canonical form; a malformed one is refused with what is wrong. */
export function trackingNumberParam(typed: string): string {
  const check = validateTrackingNumber(typed, { prefixes: [TRACKING_PREFIXES.complaint] });
  if (!check.valid) throw new ApiError(400, 'invalid-tracking-number', `trackingNo: ${check.message}`);
  return check.number;
}

/**
 * `GET /api/v1/public/complaints/{trackingNo}?secret=…`: status, dates and public reply — never
 * contact details or the description. A wrong or missing secret is answered exactly as an unknown
 * number, so numbers cannot be tried one after another.
 */
export async function publicComplaintStatus(store: Store, typed: string, secret: string | undefined): Promise<PublicComplaintStatus> {
  const trackingNo = trackingNumberParam(typed);
  const c = await store.complaints.get({ trackingNo });
  if (!c || !complaintSecretMatches(c.recordId, secret ?? '')) {
    throw new ApiError(404, 'complaint-not-found', `no complaint with tracking number ${trackingNo} and this secret`);
  }
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
