import type { Sql } from './sql/port.js';

/**
 * How each engine edits a field inside a record's JSON body: SQLite keeps it as text (json_*),
 * PostgreSQL as JSONB (operators). Only this differs; the statements around it are shared.
 */
const JSON_EDITS = {
  sqlite: {
    has: (path: string) => `json_extract(body, '$.${path}') IS NOT NULL`,
    filled: (path: string) => `json_extract(body, '$.${path}') <> ''`,
    remove: (path: string) => `json_remove(body, '$.${path}')`,
    blank: (path: string, inner: string) => `json_set(${inner}, '$.${path}', '')`,
  },
  postgres: {
    has: (path: string) => `body #> '{${path.replace('.', ',')}}' IS NOT NULL`,
    filled: (path: string) => `body #>> '{${path.replace('.', ',')}}' <> ''`,
    remove: (path: string) => `(body #- '{${path.replace('.', ',')}}')`,
    blank: (path: string, inner: string) => `jsonb_set(${inner}, '{${path.replace('.', ',')}}', '""')`,
  },
} as const;

/**
 * Erasing personal data once its retention ends (PIPL least data): complaint contacts and
 * descriptions, consultations, rating comments and notice applicants' names and phones. Each
 * method erases what is older than its bound and answers how many records lost something.
 */
export class PersonalDataStore {
  readonly #sql: Sql;

  constructor(sql: Sql) {
    this.#sql = sql;
  }

  get #json() {
    return JSON_EDITS[this.#sql.engine];
  }

  /** Contacts of complaints still open that came in before `receivedBefore`: nobody has replied in all that time. */
  eraseOpenComplaintContacts(receivedBefore: string, now: string): Promise<number> {
    const p = this.#sql.p;
    return this.#sql.run(
      `UPDATE complaints SET contact_name = NULL, contact_phone = NULL, contact_erased_at = ${p(2)}
       WHERE status <> 'closed' AND received_at < ${p(1)} AND (contact_name IS NOT NULL OR contact_phone IS NOT NULL)`,
      [receivedBefore, now],
    );
  }

  /** Descriptions of complaints closed before `closedBefore`, in the complaint and in its logged record. */
  eraseComplaintDescriptions(closedBefore: string, now: string): Promise<number> {
    return this.#sql.transaction(async (tx) => {
      const p = tx.p;
      const which = `status = 'closed' AND closed_at < ${p(1)} AND description_erased_at IS NULL`;
      await tx.run(
        `UPDATE records SET body = ${this.#json.blank('description', 'body')}
         WHERE id IN (SELECT record_id FROM complaints WHERE ${which})`,
        [closedBefore],
      );
      return tx.run(`UPDATE complaints SET description = '', description_erased_at = ${p(2)} WHERE ${which}`, [closedBefore, now]);
    });
  }

  /** Consultations received before `receivedBefore`: the question, the answer and the contact. */
  eraseConsultations(receivedBefore: string, now: string): Promise<number> {
    const p = this.#sql.p;
    return this.#sql.run(
      `UPDATE consultations SET topic = '', answer = NULL, contact_name = NULL, contact_phone = NULL, personal_erased_at = ${p(2)}
       WHERE received_at < ${p(1)} AND personal_erased_at IS NULL`,
      [receivedBefore, now],
    );
  }

  /** The free-text comments of ratings made before `createdBefore` (the reason codes stay: they are not personal). */
  eraseRatingComments(createdBefore: string): Promise<number> {
    const p = this.#sql.p;
    return this.#sql.run(
      `UPDATE records SET body = ${this.#json.remove('comment')}
       WHERE kind = 'rating' AND created_at < ${p(1)} AND ${this.#json.has('comment')}`,
      [createdBefore],
    );
  }

  /** The applicant's name (left blank) and phone (removed) on notices made before `createdBefore`. */
  eraseNoticeApplicants(createdBefore: string): Promise<number> {
    const p = this.#sql.p;
    const j = this.#json;
    return this.#sql.run(
      `UPDATE records SET body = ${j.blank('applicant.name', j.remove('applicant.phone'))}
       WHERE kind = 'notice' AND created_at < ${p(1)} AND (${j.has('applicant.phone')} OR ${j.filled('applicant.name')})`,
      [createdBefore],
    );
  }
}
