import { type ServiceEvent, uuidv7 } from '@manyi/core';
import { unknownReferences } from './catalogue-check.js';
import { ApiError } from './errors.js';
import type { Actor } from './http/actor.js';
import { signRatingToken } from './rating-tokens.js';
import type { ServiceEventStarted, ServiceEventStatus, StartServiceEvent } from './schemas/service-events.js';
import type { StoredServiceEvent } from './store/service-event-store.js';
import type { Store } from './store/store.js';

const DAY_MS = 86_400_000;
/** How long a service's rating token (its QR code, 补充评价) rates it. */
export const RATING_TOKEN_DAYS = 7;
/** A tablet offers the pad for an event this long after it started; later, only the token rates it. */
export const EVENT_AT_WINDOW_MS = 30 * 60_000;

/** The collector's page that rates one service with its token (the portal example reads `ratingToken`). */
export const ratingUrlFor = (origin: string, token: string) =>
  `${origin}/examples/plain-html/?ratingToken=${encodeURIComponent(token)}#rate`;

/**
 * `POST /api/v1/stations/{stationId}/service-events`: a clerk serving one person at a window. The
 * window, staff member and service item must be the station's now; the event can be rated once,
 * on the window's tablet or with the token until it expires.
 */
export async function startServiceEvent(
  store: Store,
  stationId: string,
  request: StartServiceEvent,
  actor: Actor,
  origin: string,
  now = new Date(),
): Promise<ServiceEventStarted> {
  if (!(await store.stations.get(stationId))) throw new ApiError(404, 'station-not-found', `no station "${stationId}"`);
  const unknown = unknownReferences(await store.catalogue.history(stationId), request, now.getTime());
  if (unknown.length > 0) {
    throw new ApiError(400, 'invalid-service-event', unknown.map((u) => `${u.field}: no ${u.noun} "${u.id}" at this station`).join('; '));
  }
  const eventId = uuidv7(now.getTime());
  const expiresAt = now.getTime() + RATING_TOKEN_DAYS * DAY_MS;
  await store.serviceEvents.start({
    eventId,
    stationId,
    windowId: request.windowId,
    ...(request.staffId ? { staffId: request.staffId } : {}),
    ...(request.serviceItemId ? { serviceItemId: request.serviceItemId } : {}),
    ticket: request.ticket,
    startedBy: actor.name,
    startedAt: now.toISOString(),
    expiresAt: new Date(expiresAt).toISOString(),
  });
  const ratingToken = await signRatingToken(store, { eventId, expiresAt });
  return { eventId, ratingToken, ratingUrl: ratingUrlFor(origin, ratingToken), ratingExpiresAt: new Date(expiresAt).toISOString() };
}

/** What a tablet is told of an event: no one's account name. */
export function eventForTablet(e: StoredServiceEvent): ServiceEvent {
  const { eventId, windowId, staffId, serviceItemId, ticket, startedAt } = e;
  return { eventId, windowId, ...(staffId ? { staffId } : {}), ...(serviceItemId ? { serviceItemId } : {}), ticket, startedAt };
}

/** The event a window's tablet should offer the pad for: the newest one of the last half hour, while unrated. */
export async function currentEventAtWindow(
  store: Store,
  stationId: string,
  windowId: string,
  now = Date.now(),
): Promise<ServiceEvent | null> {
  const newest = await store.serviceEvents.newestAtWindow(stationId, windowId, new Date(now - EVENT_AT_WINDOW_MS).toISOString());
  return newest && newest.ratingRecordId === null ? eventForTablet(newest) : null;
}

/** `GET …/service-events/{eventId}`: the event and whether (and how) it was rated. */
export async function serviceEventStatus(store: Store, stationId: string, eventId: string): Promise<ServiceEventStatus> {
  const e = await store.serviceEvents.get(eventId);
  if (!e || e.stationId !== stationId) throw new ApiError(404, 'service-event-not-found', 'no such service event at this station');
  return { ...eventForTablet(e), rating: e.rating };
}
