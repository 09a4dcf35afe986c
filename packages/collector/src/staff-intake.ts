import { createHash } from 'node:crypto';
import {
  type ComplaintRecord,
  ComplaintRecordSchema,
  describeIssues,
  makeTrackingNumber,
  normalizePhone,
  TRACKING_PREFIXES,
  uuidv7,
} from '@manyi/core';
import { localTime } from './clock.js';
import { RECORD_CHANNEL_OF } from './complaint-intake-channels.js';
import { ApiError } from './errors.js';
import type { Actor } from './http/actor.js';
import { newTrackingNumber } from './public-complaints.js';
import type { Consultation, ConsultationRequest, StaffComplaintRequest } from './schemas/staff-intake.js';
import { COLLECTOR_TRACKING_NODE } from './store/device-store.js';
import type { Store, StoredRecord } from './store/store.js';
import { referenceProblems } from './web-records.js';

const DAY_MS = 86_400_000;
/** A letter or a box is keyed in days later, but not from years back: older ones are a mistyped date. */
const OLDEST_DAYS = 366;

/** When it reached the station: not in the future (a minute's clock drift aside), not over a year ago. */
function receivedAtProblem(receivedAt: string, now: Date): string | undefined {
  const at = Date.parse(receivedAt);
  if (at > now.getTime() + 60_000) return 'receivedAt: lies in the future; enter when it reached the station';
  if (at < now.getTime() - OLDEST_DAYS * DAY_MS) return `receivedAt: more than ${OLDEST_DAYS} days ago; check the date`;
  return undefined;
}

/**
 * Files a complaint keyed in by staff: provenance `staff`, the intake channel and who keyed it
 * stored with it, counted from when it reached the station. `created` is false for a retry of the
 * same `id` with the same content.
 */
export async function keyInComplaint(store: Store, stationId: string, request: StaffComplaintRequest, actor: Actor, now = new Date()) {
  const invalid = (message: string) => new ApiError(400, 'invalid-complaint', message);
  const problems = await referenceProblems(store, stationId, request);
  const late = receivedAtProblem(request.receivedAt, now);
  if (late) problems.push(late);
  if (problems.length > 0) throw invalid(problems.join('; '));
  const { channel, receivedAt, ...filed } = request;
  const createdAt = new Date(receivedAt).toISOString();
  const record: ComplaintRecord = {
    ...filed,
    id: request.id ?? uuidv7(now.getTime()),
    kind: 'complaint',
    stationId,
    createdAt,
    channel: RECORD_CHANNEL_OF[channel],
    // A stand-in with a valid check so the whole record is checked before a number is used up.
    trackingNo: makeTrackingNumber({ prefix: TRACKING_PREFIXES.complaint, date: now, node: COLLECTOR_TRACKING_NODE, seq: 0 }),
  };
  const check = ComplaintRecordSchema.safeParse(record);
  if (!check.success) throw invalid(describeIssues(check.error.issues));
  record.trackingNo = await newTrackingNumber(store, now);
  const local = localTime(Date.parse(createdAt));
  const row: StoredRecord = {
    record,
    provenance: 'staff',
    deviceId: null,
    clientCreatedAt: now.toISOString(),
    createdAt,
    receivedAt: now.toISOString(),
    localDay: local.day,
    localHour: local.hour,
    localWeekday: local.weekday,
    contentHash: createHash('sha256')
      .update(JSON.stringify({ stationId, ...request, id: undefined }))
      .digest('hex'),
    intake: { channel, keyedBy: actor.name },
  };
  const [outcome] = await store.records.insert([row]);
  if (outcome === 'accepted') return { trackingNo: record.trackingNo, created: true };
  const earlier = outcome === 'duplicate' ? await store.complaints.get({ recordId: record.id }) : undefined;
  if (earlier) return { trackingNo: earlier.trackingNo, created: false };
  throw new ApiError(409, 'conflict', 'id: another record with this id and different content is already stored; make a new id');
}

/** Logs a consultation (咨询): counted apart, never as a complaint. */
export async function logConsultation(store: Store, stationId: string, request: ConsultationRequest, actor: Actor, now = new Date()) {
  if (!(await store.stations.get(stationId))) throw new ApiError(404, 'station-not-found', `no station "${stationId}"`);
  const late = receivedAtProblem(request.receivedAt, now);
  if (late) throw new ApiError(400, 'invalid-consultation', late);
  const consultation: Consultation = {
    id: uuidv7(now.getTime()),
    stationId,
    channel: request.channel,
    receivedAt: new Date(request.receivedAt).toISOString(),
    topic: request.topic,
    answer: request.answer ?? null,
    contact: request.contact ? { name: request.contact.name ?? null, phone: normalizePhone(request.contact.phone) } : null,
    keyedBy: actor.name,
    createdAt: now.toISOString(),
  };
  await store.consultations.add(consultation);
  return consultation;
}
