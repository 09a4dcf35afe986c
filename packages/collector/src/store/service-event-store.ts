import type { NationalLevel, ServiceEvent } from '@manyi/core';
import type { Sql } from './sql/port.js';
import { iso } from './values.js';

/** A service event as kept: what the tablet is told, and who started it, when it expires and whether it was rated. */
export interface StoredServiceEvent extends ServiceEvent {
  stationId: string;
  startedBy: string;
  expiresAt: string;
  /** The record that rated it, from whatever channel; null while unrated. */
  ratingRecordId: string | null;
  /** The rating's national level and channel, once rated. */
  rating: { level: NationalLevel; channel: string } | null;
}

export type NewServiceEvent = Omit<StoredServiceEvent, 'ratingRecordId' | 'rating'>;

const SELECT = `SELECT e.*, r.record_id AS rating_record_id, rec.level AS rating_level, rec.channel AS rating_channel
  FROM service_events e LEFT JOIN service_event_ratings r ON r.event_id = e.id LEFT JOIN records rec ON rec.id = r.record_id`;

function eventFromRow(row: Record<string, unknown>): StoredServiceEvent {
  return {
    eventId: String(row.id),
    stationId: String(row.station_id),
    windowId: String(row.window_id),
    ...(row.staff_id === null ? {} : { staffId: String(row.staff_id) }),
    ...(row.service_item_id === null ? {} : { serviceItemId: String(row.service_item_id) }),
    ticket: String(row.ticket),
    startedBy: String(row.started_by),
    startedAt: iso(row.started_at) as string,
    expiresAt: iso(row.expires_at) as string,
    ratingRecordId: row.rating_record_id === null ? null : String(row.rating_record_id),
    rating: row.rating_level === null ? null : { level: Number(row.rating_level) as NationalLevel, channel: String(row.rating_channel) },
  };
}

/**
 * Service events and their ratings. A rating is bound to its event when its record is stored
 * (sqlite/record-inserts.ts, postgres/record-inserts.ts), in the same transaction.
 */
export class ServiceEventStore {
  readonly #sql: Sql;

  constructor(sql: Sql) {
    this.#sql = sql;
  }

  async start(e: NewServiceEvent): Promise<void> {
    const { p, time } = this.#sql;
    await this.#sql.run(
      `INSERT INTO service_events (id, station_id, window_id, staff_id, service_item_id, ticket, started_by, started_at, expires_at)
       VALUES (${p(1)}, ${p(2)}, ${p(3)}, ${p(4)}, ${p(5)}, ${p(6)}, ${p(7)}, ${time(p(8))}, ${time(p(9))})`,
      [e.eventId, e.stationId, e.windowId, e.staffId ?? null, e.serviceItemId ?? null, e.ticket, e.startedBy, e.startedAt, e.expiresAt],
    );
  }

  async get(eventId: string): Promise<StoredServiceEvent | undefined> {
    const row = await this.#sql.get(`${SELECT} WHERE e.id = ${this.#sql.p(1)}`, [eventId]);
    return row ? eventFromRow(row) : undefined;
  }

  /** The window's newest event started at or after `since`, rated or not (the caller judges). */
  async newestAtWindow(stationId: string, windowId: string, since: string): Promise<StoredServiceEvent | undefined> {
    const { p, time } = this.#sql;
    const row = await this.#sql.get(
      `${SELECT} WHERE e.station_id = ${p(1)} AND e.window_id = ${p(2)} AND e.started_at >= ${time(p(3))}
       ORDER BY e.started_at DESC, e.id DESC LIMIT 1`,
      [stationId, windowId, since],
    );
    return row ? eventFromRow(row) : undefined;
  }
}
