/**
 * Service events (a clerk serving one person: window, staff, service item, 办件号) and the one
 * rating each may have. `service_event_ratings.event_id` is the primary key, so a second rating of
 * the same event, from any channel and any collector on the database, cannot be stored.
 */
export const serviceEventTables = (t: { time: string }) => `
CREATE TABLE service_events (
  id TEXT PRIMARY KEY,
  station_id TEXT NOT NULL,
  window_id TEXT NOT NULL,
  staff_id TEXT,
  service_item_id TEXT,
  ticket TEXT NOT NULL,
  started_by TEXT NOT NULL,
  started_at ${t.time} NOT NULL,
  expires_at ${t.time} NOT NULL
);
CREATE INDEX service_events_window ON service_events (station_id, window_id, started_at);
CREATE TABLE service_event_ratings (
  event_id TEXT PRIMARY KEY REFERENCES service_events(id),
  record_id TEXT NOT NULL UNIQUE
);
`;
