/**
 * A rating pad's context checked without zod: what a pad needs on its first screen, apart from the
 * record builder (rating-record.ts), so a pad can show its faces before it ships the builder. The
 * rules mirror RatingRecordSchema (a test holds both to the same verdicts).
 */
import { CHANNELS, EVENT_ID_PATTERN, MAX_TICKET, SLUG_HINT, SLUG_PATTERN } from './record-fields.js';
import type { ScaleId } from './scales.js';

/** Where a rating is given, as a pad's attributes carry it; empty strings mean "not given". */
export interface RatingContext {
  readonly station: string;
  readonly window: string;
  readonly staff?: string;
  readonly serviceItem?: string;
  readonly ticket?: string;
  /** The service event rated, as the collector named it (a UUID). */
  readonly event?: string;
  readonly channel: string;
  readonly scale: ScaleId;
}

/** One context value a record cannot be made with: which attribute, and what to do about it. */
export interface RatingContextProblem {
  readonly attribute: 'station' | 'window' | 'staff' | 'service-item' | 'ticket' | 'event' | 'channel';
  readonly message: string;
}

/** Every problem with a pad's context; an empty list means ratings can be recorded. */
export function ratingContextProblems(context: RatingContext): RatingContextProblem[] {
  const problems: RatingContextProblem[] = [];
  const slug = (attribute: RatingContextProblem['attribute'], value: string | undefined, required: boolean) => {
    if (!value) {
      if (required) problems.push({ attribute, message: `${attribute} is required (${SLUG_HINT})` });
    } else if (!SLUG_PATTERN.test(value)) {
      problems.push({ attribute, message: `${attribute} "${value}" is not an identifier: ${SLUG_HINT}` });
    }
  };
  slug('station', context.station, true);
  slug('window', context.window, true);
  slug('staff', context.staff, false);
  slug('service-item', context.serviceItem, false);
  if ((context.ticket?.length ?? 0) > MAX_TICKET) {
    problems.push({ attribute: 'ticket', message: `ticket is longer than ${MAX_TICKET} characters` });
  }
  if (context.event && !EVENT_ID_PATTERN.test(context.event)) {
    problems.push({ attribute: 'event', message: `event "${context.event}" is not a service event id (a UUIDv7)` });
  }
  if (!(CHANNELS as readonly string[]).includes(context.channel)) {
    problems.push({ attribute: 'channel', message: `channel "${context.channel}" is not one of ${CHANNELS.join(', ')}` });
  }
  return problems;
}
