import type { InsertOutcome, StoredRecord } from './store.js';

/**
 * A new rating that names a service event, bound to it as it is stored: the event must be the
 * station's and the window's, with the same staff, service item and ticket, and not rated yet.
 * Plain values, so SQLite's writing thread can be handed them.
 */
export interface EventBinding {
  recordId: string;
  eventId: string;
  /** station, window, staff, service item, ticket: what the event must say. */
  said: (string | null)[];
}

export function eventBindingOf(row: StoredRecord): EventBinding | undefined {
  const r = row.record;
  if (r.kind !== 'rating' || r.eventId === undefined) return undefined;
  return {
    recordId: r.id,
    eventId: r.eventId,
    said: [r.stationId, r.windowId, r.staffId ?? null, r.serviceItemId ?? null, r.ticket ?? null],
  };
}

/** The binding's INSERT: it stores nothing when the event differs or is rated already (the primary key). */
export const BIND_EVENT_SQL = (p: (n: number) => string) =>
  `INSERT INTO service_event_ratings (event_id, record_id)
   SELECT id, ${p(1)} FROM service_events
   WHERE id = ${p(2)} AND station_id = ${p(3)} AND window_id = ${p(4)} AND staff_id IS NOT DISTINCT FROM ${p(5)}
     AND service_item_id IS NOT DISTINCT FROM ${p(6)} AND ticket IS NOT DISTINCT FROM ${p(7)}
   ON CONFLICT DO NOTHING`;

export const bindParams = (b: EventBinding): (string | null)[] => [b.recordId, b.eventId, ...b.said];

/**
 * Why a rating could not be bound: its event has a rating already (the second counts nowhere,
 * answered as a duplicate), or it names no such event for this station, window and service.
 */
export const unboundOutcome = (alreadyRated: boolean): InsertOutcome => (alreadyRated ? 'event-rated' : 'event-unknown');

export const RATED_EVENT_SQL = (p: (n: number) => string) => `SELECT 1 AS rated FROM service_event_ratings WHERE event_id = ${p(1)}`;
