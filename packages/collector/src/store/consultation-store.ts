import type { IntakeChannel } from '../complaint-intake-channels.js';
import type { Consultation } from '../schemas/staff-intake.js';
import type { Sql } from './sql/port.js';
import { iso } from './values.js';

const COLUMNS = [
  'id',
  'station_id',
  'channel',
  'received_at',
  'topic',
  'answer',
  'contact_name',
  'contact_phone',
  'keyed_by',
  'created_at',
];

/** Consultations (咨询): questions staff log, counted apart from complaints. */
export class ConsultationStore {
  readonly #sql: Sql;

  constructor(sql: Sql) {
    this.#sql = sql;
  }

  async add(c: Consultation): Promise<void> {
    const p = this.#sql.p;
    await this.#sql.run(`INSERT INTO consultations (${COLUMNS.join(', ')}) VALUES (${COLUMNS.map((_, i) => p(i + 1)).join(', ')})`, [
      c.id,
      c.stationId,
      c.channel,
      c.receivedAt,
      c.topic,
      c.answer,
      c.contact?.name ?? null,
      c.contact?.phone ?? null,
      c.keyedBy,
      c.createdAt,
    ]);
  }

  /** A station's (or several stations') consultations received in [from, to), newest first. */
  async list(stationIds: readonly string[], from: string, to: string, limit = 1000): Promise<Consultation[]> {
    const p = this.#sql.p;
    const rows = await this.#sql.all(
      `SELECT * FROM consultations WHERE ${this.#sql.inList('station_id', p(1))} AND received_at >= ${p(2)} AND received_at < ${p(3)}
       ORDER BY received_at DESC, id DESC LIMIT ${p(4)}`,
      [stationIds, from, to, limit],
    );
    return rows.map((r) => {
      const text = (v: unknown) => (v === null || v === undefined ? null : String(v));
      const phone = text(r.contact_phone);
      return {
        id: String(r.id),
        stationId: String(r.station_id),
        channel: String(r.channel) as IntakeChannel,
        receivedAt: iso(r.received_at) ?? '',
        topic: String(r.topic),
        answer: text(r.answer),
        contact: phone === null ? null : { name: text(r.contact_name), phone },
        keyedBy: String(r.keyed_by),
        createdAt: iso(r.created_at) ?? '',
      };
    });
  }
}
