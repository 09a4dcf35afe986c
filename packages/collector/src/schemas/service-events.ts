/** Request and answer shapes of service events (CONTRACT "Service events and the web channel"). */
import { Instant, NationalLevelSchema, ServiceEventSchema, Slug } from '@manyi/core';
import * as z from 'zod/mini';

/** `POST /api/v1/stations/{stationId}/service-events`: the window serving, the 办件号, and who and what. */
export const StartServiceEventSchema = z.strictObject({
  windowId: Slug,
  ticket: z.string().check(z.trim(), z.minLength(1, 'enter the ticket (办件号)'), z.maxLength(64)),
  staffId: z.optional(Slug),
  serviceItemId: z.optional(Slug),
});
export type StartServiceEvent = z.infer<typeof StartServiceEventSchema>;

/** `201`: the event, the token that rates it once, and the collector's page for rating it later (补充评价). */
export const ServiceEventStartedSchema = z.object({
  eventId: z.string(),
  ratingToken: z.string(),
  ratingUrl: z.string(),
  /** Until when the token rates the event. */
  ratingExpiresAt: Instant,
});
export type ServiceEventStarted = z.infer<typeof ServiceEventStartedSchema>;

/** `GET …/service-events/{eventId}`: the event and its rating, once one arrived from any channel. */
export const ServiceEventStatusSchema = z.extend(ServiceEventSchema, {
  rating: z.nullable(z.object({ level: NationalLevelSchema, channel: z.string() })),
});
export type ServiceEventStatus = z.infer<typeof ServiceEventStatusSchema>;
