// Imported on demand (see complaint-form.ts): everything that judges a complaint with the shared
// schema, which brings zod, and makes its id and tracking number. The form starts without it.
import {
  type Channel,
  type ComplaintRecord,
  ComplaintRecordSchema,
  describeIssues,
  MAX_TRACKING_NODE,
  makeTrackingNumber,
  TRACKING_PREFIXES,
  uuidv7,
} from '@manyi/core';
import { ComplaintSendError } from './send-error.js';
import { nextDeviceTrackingNumber } from './tracking.js';
import {
  type ComplaintAnswers,
  type ComplaintContext,
  draftRecord,
  type FieldErrors,
  fieldErrors,
  optional,
  type SchemaIssue,
} from './validation.js';

export { postComplaint } from './send.js';

export type Identity = { id: string; createdAt: string; trackingNo: string };

// Stands in for the real id and number while the answers are only being checked, so a visitor
// who never gets past the errors does not use up a tracking number.
const PREVIEW: Identity = {
  id: '00000000-0000-7000-8000-000000000000',
  createdAt: '2025-01-01T00:00:00.000Z',
  trackingNo: makeTrackingNumber({ prefix: TRACKING_PREFIXES.complaint, date: '2025-01-01', node: 0, seq: 0 }),
};

const shape = ComplaintRecordSchema.shape;
const WEB_CHANNELS: readonly Channel[] = ['web', 'qr'];

const custom = (attribute: string, message: string, input: unknown): SchemaIssue => ({ code: 'custom', path: [attribute], message, input });

/** Why these attributes cannot make a valid complaint, or undefined when they can. */
export function contextProblem(context: ComplaintContext): string | undefined {
  // Each attribute through the record schema's own field, the path named as the attribute so the
  // message says what the integrator has to fix.
  const checks = [
    ['station', shape.stationId.safeParse(context.station)],
    ['window', shape.windowId.safeParse(optional(context.window))],
    ['staff', shape.staffId.safeParse(optional(context.staff))],
    ['service-item', shape.serviceItemId.safeParse(optional(context.serviceItem))],
    ['channel', shape.channel.safeParse(context.channel)],
  ] as const;
  const issues: SchemaIssue[] = checks.flatMap(([attribute, result]) =>
    result.success ? [] : result.error.issues.map((issue) => ({ ...issue, path: [attribute, ...issue.path] })),
  );
  if (context.station === '') issues.splice(0, 1, custom('station', 'required: the id of the station complaints go to', ''));
  const node = context.trackingNode;
  if (node !== undefined && !(Number.isInteger(node) && node >= 0 && node <= MAX_TRACKING_NODE)) {
    issues.push(custom('tracking-node', `must be a whole number 0–${MAX_TRACKING_NODE}`, node));
  }
  if (context.endpoint !== '' && !URL.canParse(context.endpoint, document.baseURI))
    issues.push(custom('endpoint', 'not a URL', context.endpoint));
  // The collector's public web channel takes only what a citizen can reach it by.
  if (context.endpoint !== '' && !WEB_CHANNELS.includes(context.channel)) {
    issues.push(custom('channel', `the endpoint (the collector's web channel) takes ${WEB_CHANNELS.join(' or ')}`, context.channel));
  }
  return issues.length > 0 ? describeIssues(issues) : undefined;
}

/**
 * Checks the answers against the shared schema: the visitor's field errors, or the record to send
 * with its real id and number, made once per complaint and kept in `session` so a retry reuses them.
 */
export function validRecord(
  answers: ComplaintAnswers,
  context: ComplaintContext,
  session: { identity?: Identity | undefined },
): { errors: FieldErrors; record?: undefined } | { errors: FieldErrors; record: ComplaintRecord } {
  const check = (identity: Identity) => ComplaintRecordSchema.safeParse(draftRecord(answers, context, identity));
  const preview = check(session.identity ?? PREVIEW);
  const { errors, rest } = fieldErrors(preview.success ? [] : preview.error.issues, answers);
  if (Object.keys(errors).length > 0) return { errors };
  if (rest.length > 0) throw new ComplaintSendError('badRecord', describeIssues(rest));
  session.identity ??= { id: uuidv7(), createdAt: new Date().toISOString(), trackingNo: nextDeviceTrackingNumber(context.trackingNode) };
  const final = check(session.identity);
  if (!final.success) throw new ComplaintSendError('badRecord', describeIssues(final.error.issues));
  return { errors, record: final.data };
}

/** A record as a host's `manyi-complaint` listener left it, judged by the schema again. */
export function checkRecord(record: ComplaintRecord): ComplaintRecord {
  const enriched = ComplaintRecordSchema.safeParse(record);
  if (!enriched.success) throw new ComplaintSendError('badRecord', describeIssues(enriched.error.issues));
  return enriched.data;
}
