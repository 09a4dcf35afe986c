/**
 * Versioned schema changes, one list per database. A migration never changes once released:
 * add a new one instead. Both lists keep the same version numbers and meaning.
 */
import { accountTables } from './account-tables.js';
import { complaintFindings } from './complaint-finding-tables.js';
import { serviceEventTables } from './service-event-tables.js';
import { signInTables } from './sign-in-tables.js';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

const common = (t: { text: string; time: string; bool: string; json: string }) => `
CREATE TABLE settings (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
CREATE TABLE stations (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  scale INTEGER NOT NULL,
  cooldown_ms INTEGER NOT NULL,
  thank_you_ms INTEGER NOT NULL,
  idle_reset_ms INTEGER NOT NULL,
  created_at ${t.time} NOT NULL
);
CREATE TABLE windows (
  station_id TEXT NOT NULL REFERENCES stations(id),
  id TEXT NOT NULL,
  name TEXT NOT NULL,
  PRIMARY KEY (station_id, id)
);
CREATE TABLE enrollment_codes (
  code_hash TEXT PRIMARY KEY,
  station_id TEXT NOT NULL REFERENCES stations(id),
  expires_at ${t.time} NOT NULL,
  used_at ${t.time}
);
CREATE TABLE devices (
  id TEXT PRIMARY KEY,
  station_id TEXT NOT NULL REFERENCES stations(id),
  name TEXT,
  token_hash TEXT NOT NULL UNIQUE,
  created_at ${t.time} NOT NULL,
  revoked_at ${t.time}
);
CREATE TABLE records (
  id TEXT PRIMARY KEY,
  kind TEXT NOT NULL,
  station_id TEXT NOT NULL,
  window_id TEXT,
  staff_id TEXT,
  service_item_id TEXT,
  channel TEXT NOT NULL,
  provenance TEXT NOT NULL,
  device_id TEXT,
  level INTEGER,
  misuse ${t.bool} NOT NULL,
  client_created_at ${t.time} NOT NULL,
  created_at ${t.time} NOT NULL,
  received_at ${t.time} NOT NULL,
  local_day TEXT NOT NULL,
  local_hour INTEGER NOT NULL,
  local_weekday INTEGER NOT NULL,
  content_hash TEXT NOT NULL,
  body ${t.json} NOT NULL
);
CREATE INDEX records_station_time ON records (station_id, kind, created_at);
`;

/** Staff, service items with their guides, and posted commitments, each scoped by station like windows. */
const catalogue = (t: { json: string }) => `
CREATE TABLE staff (
  station_id TEXT NOT NULL REFERENCES stations(id),
  id TEXT NOT NULL,
  name TEXT NOT NULL,
  number TEXT,
  window_id TEXT,
  PRIMARY KEY (station_id, id)
);
CREATE TABLE service_items (
  station_id TEXT NOT NULL REFERENCES stations(id),
  id TEXT NOT NULL,
  name TEXT NOT NULL,
  code TEXT,
  version TEXT,
  guide ${t.json} NOT NULL,
  PRIMARY KEY (station_id, id)
);
CREATE TABLE commitments (
  station_id TEXT NOT NULL REFERENCES stations(id),
  id TEXT NOT NULL,
  service_item_id TEXT,
  promise TEXT NOT NULL,
  limits ${t.json} NOT NULL,
  legal_basis TEXT,
  fees TEXT,
  hours TEXT,
  hotline TEXT,
  complaint_phone TEXT,
  liability TEXT,
  PRIMARY KEY (station_id, id)
);
`;

/**
 * Complaints and their handling, device tracking nodes and last contact. `records` stays the
 * idempotent log of what arrived; `complaints` holds the workflow state and is the only place
 * contact details live, so erasing them (least data) is one UPDATE. Node 0 is the collector's own
 * (web channel); devices hold 1–1023, numbered here for devices enrolled before this version.
 */
const complaintsAndNodes = (t: { time: string; bool: string; json: string }) => `
ALTER TABLE devices ADD COLUMN tracking_node INTEGER;
ALTER TABLE devices ADD COLUMN last_seen_at ${t.time};
ALTER TABLE devices ADD COLUMN last_heartbeat_at ${t.time};
ALTER TABLE devices ADD COLUMN last_heartbeat ${t.json};
CREATE UNIQUE INDEX devices_tracking_node ON devices (tracking_node);
UPDATE devices SET tracking_node = numbered.n
  FROM (SELECT id, row_number() OVER (ORDER BY created_at, id) AS n FROM devices WHERE revoked_at IS NULL) AS numbered
  WHERE devices.id = numbered.id AND numbered.n <= 1023;
CREATE TABLE tracking_counters (
  node INTEGER NOT NULL,
  day TEXT NOT NULL,
  seq INTEGER NOT NULL,
  PRIMARY KEY (node, day)
);
CREATE TABLE complaints (
  record_id TEXT PRIMARY KEY REFERENCES records(id),
  tracking_no TEXT NOT NULL UNIQUE,
  station_id TEXT NOT NULL,
  category TEXT NOT NULL,
  window_id TEXT,
  staff_id TEXT,
  service_item_id TEXT,
  description TEXT NOT NULL,
  wants_reply ${t.bool} NOT NULL,
  contact_name TEXT,
  contact_phone TEXT,
  status TEXT NOT NULL,
  assignee TEXT,
  public_reply TEXT,
  received_at ${t.time} NOT NULL,
  assigned_at ${t.time},
  replied_at ${t.time},
  closed_at ${t.time},
  contact_erased_at ${t.time}
);
CREATE INDEX complaints_station_received ON complaints (station_id, received_at);
CREATE INDEX complaints_closed ON complaints (status, closed_at);
`;

/**
 * The bad-review ledger (差评台账), restored misuse, and complaint hand-overs. Every stored bad
 * review (national level 1–2, not misuse) is a case from the moment its rating is stored, in the
 * same transaction, by being in `records`: `cases` holds only what handling has changed, so a case
 * still `new` has no row and ingest writes nothing more than the rating (a row per bad review, or
 * a trigger, halved the insert rate). Ratings stored before this version are cases the same way. A
 * partial index finds a station's bad reviews without reading its good ones. Due dates are not
 * stored: they follow from the rating's time, the station's settings and the calendar.
 */
const ledger = (t: { time: string; bool: string }) => `
CREATE INDEX records_bad_reviews ON records (station_id, created_at) WHERE kind = 'rating' AND level <= 2;
CREATE TABLE cases (
  rating_id TEXT PRIMARY KEY REFERENCES records(id),
  station_id TEXT NOT NULL,
  state TEXT NOT NULL,
  state_before_appeal TEXT,
  void_reason TEXT,
  changed_at ${t.time} NOT NULL
);
CREATE TABLE case_events (
  rating_id TEXT NOT NULL REFERENCES cases(rating_id),
  seq INTEGER NOT NULL,
  at ${t.time} NOT NULL,
  from_state TEXT NOT NULL,
  to_state TEXT NOT NULL,
  by_whom TEXT NOT NULL,
  note TEXT NOT NULL,
  reason TEXT,
  PRIMARY KEY (rating_id, seq)
);
CREATE TABLE misuse_reviews (
  record_id TEXT PRIMARY KEY REFERENCES records(id),
  restored ${t.bool} NOT NULL,
  reviewed_at ${t.time} NOT NULL
);
ALTER TABLE complaints ADD COLUMN first_owner TEXT;
CREATE TABLE complaint_events (
  record_id TEXT NOT NULL REFERENCES complaints(record_id),
  seq INTEGER NOT NULL,
  at ${t.time} NOT NULL,
  action TEXT NOT NULL,
  from_owner TEXT,
  to_owner TEXT,
  note TEXT,
  PRIMARY KEY (record_id, seq)
);
UPDATE complaints SET first_owner = assignee WHERE assignee IS NOT NULL;
`;

/**
 * Regions above the stations (province → city → county → …), each with its administrative division
 * code; a station lies in at most one. Existing stations stay outside any region until placed.
 */
const regions = (t: { time: string }) => `
CREATE TABLE regions (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  code TEXT,
  parent_id TEXT REFERENCES regions(id),
  created_at ${t.time} NOT NULL
);
CREATE INDEX regions_parent ON regions (parent_id);
ALTER TABLE stations ADD COLUMN region_id TEXT REFERENCES regions(id);
CREATE INDEX stations_region ON stations (region_id);
`;

/**
 * What a device may say is checked against the catalogue as it was when the record was made, so
 * catalogue entries are no longer deleted but marked removed (`removed_at`). A rating whose
 * corrected time falls into a published month or is too old is stored `late`: counted nowhere
 * until a manager accepts it (`late_reviews` keeps each decision).
 */
const lateAndRemoved = (t: { time: string; bool: string; no: string }) => `
ALTER TABLE windows ADD COLUMN removed_at ${t.time};
ALTER TABLE staff ADD COLUMN removed_at ${t.time};
ALTER TABLE service_items ADD COLUMN removed_at ${t.time};
ALTER TABLE commitments ADD COLUMN removed_at ${t.time};
ALTER TABLE records ADD COLUMN late ${t.bool} NOT NULL DEFAULT ${t.no};
CREATE INDEX records_late ON records (station_id, created_at) WHERE late;
CREATE TABLE late_reviews (
  record_id TEXT PRIMARY KEY REFERENCES records(id),
  accepted ${t.bool} NOT NULL,
  reviewed_at ${t.time} NOT NULL
);
`;

/**
 * The audit trail: one row per change and per read of personal data, chained by hash (each row's
 * `hash` covers the one before), and the anchor left when old rows are pruned, so what remains
 * still verifies. `before`/`after` are canonical JSON text on both engines: the hash covers their
 * exact text, which JSONB would reorder.
 */
const audit = (t: { time: string; seq: string }) => `
CREATE TABLE audit_entries (
  seq ${t.seq} PRIMARY KEY,
  at ${t.time} NOT NULL,
  actor TEXT NOT NULL,
  role TEXT NOT NULL,
  action TEXT NOT NULL,
  target TEXT,
  station_id TEXT,
  address TEXT,
  request_id TEXT,
  outcome INTEGER NOT NULL,
  before_json TEXT,
  after_json TEXT,
  prev_hash TEXT NOT NULL,
  hash TEXT NOT NULL
);
CREATE INDEX audit_entries_at ON audit_entries (at);
CREATE INDEX audit_entries_station ON audit_entries (station_id, seq);
CREATE TABLE audit_anchor (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  seq ${t.seq} NOT NULL,
  hash TEXT NOT NULL,
  pruned_at ${t.time} NOT NULL
);
`;

export const SQLITE_MIGRATIONS: readonly Migration[] = [
  { version: 1, name: 'stations, devices and records', sql: common({ text: 'TEXT', time: 'TEXT', bool: 'INTEGER', json: 'TEXT' }) },
  { version: 2, name: 'staff, service items and commitments', sql: catalogue({ json: 'TEXT' }) },
  {
    version: 3,
    name: 'complaints, tracking nodes and device contact',
    sql: complaintsAndNodes({ time: 'TEXT', bool: 'INTEGER', json: 'TEXT' }),
  },
  {
    version: 4,
    name: 'bad-review cases, misuse reviews and complaint hand-overs',
    sql: ledger({ time: 'TEXT', bool: 'INTEGER' }),
  },
  { version: 5, name: 'regions', sql: regions({ time: 'TEXT' }) },
  { version: 6, name: 'late records and removed catalogue entries', sql: lateAndRemoved({ time: 'TEXT', bool: 'INTEGER', no: '0' }) },
  { version: 7, name: 'accounts and sessions', sql: accountTables({ time: 'TEXT', bool: 'INTEGER' }) },
  { version: 8, name: 'audit trail', sql: audit({ time: 'TEXT', seq: 'INTEGER' }) },
  { version: 9, name: 'second factors and single sign-on links', sql: signInTables({ time: 'TEXT', bool: 'INTEGER', step: 'INTEGER' }) },
  { version: 10, name: 'complaint findings, staff intake and consultations', sql: complaintFindings({ time: 'TEXT' }) },
  { version: 11, name: 'service events and their one rating', sql: serviceEventTables({ time: 'TEXT' }) },
];

export const POSTGRES_MIGRATIONS: readonly Migration[] = [
  { version: 1, name: 'stations, devices and records', sql: common({ text: 'TEXT', time: 'TIMESTAMPTZ', bool: 'BOOLEAN', json: 'JSONB' }) },
  { version: 2, name: 'staff, service items and commitments', sql: catalogue({ json: 'JSONB' }) },
  {
    version: 3,
    name: 'complaints, tracking nodes and device contact',
    sql: complaintsAndNodes({ time: 'TIMESTAMPTZ', bool: 'BOOLEAN', json: 'JSONB' }),
  },
  {
    version: 4,
    name: 'bad-review cases, misuse reviews and complaint hand-overs',
    sql: ledger({ time: 'TIMESTAMPTZ', bool: 'BOOLEAN' }),
  },
  { version: 5, name: 'regions', sql: regions({ time: 'TIMESTAMPTZ' }) },
  {
    version: 6,
    name: 'late records and removed catalogue entries',
    sql: lateAndRemoved({ time: 'TIMESTAMPTZ', bool: 'BOOLEAN', no: 'false' }),
  },
  { version: 7, name: 'accounts and sessions', sql: accountTables({ time: 'TIMESTAMPTZ', bool: 'BOOLEAN' }) },
  { version: 8, name: 'audit trail', sql: audit({ time: 'TIMESTAMPTZ', seq: 'BIGINT' }) },
  {
    version: 9,
    name: 'second factors and single sign-on links',
    sql: signInTables({ time: 'TIMESTAMPTZ', bool: 'BOOLEAN', step: 'BIGINT' }),
  },
  { version: 10, name: 'complaint findings, staff intake and consultations', sql: complaintFindings({ time: 'TIMESTAMPTZ' }) },
  { version: 11, name: 'service events and their one rating', sql: serviceEventTables({ time: 'TIMESTAMPTZ' }) },
];
