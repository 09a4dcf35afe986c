import type { ManyiRecord } from '@manyi/core';
import type { OutboxDB, QuarantinedRecord } from './db.js';

/** Days a refused record keeps the citizen's name and phone on the tablet, unless the outbox is told otherwise. */
export const DEFAULT_QUARANTINE_RETENTION_DAYS = 30;

/**
 * The record without the citizen's name and phone (a complaint's contact, a notice's applicant);
 * everything an attendant needs to follow it up stays. The record itself when it holds neither.
 */
function withoutPersonalData(record: ManyiRecord): ManyiRecord {
  if (record.kind === 'complaint' && record.contact !== undefined) {
    const { contact: _erased, ...rest } = record;
    return rest;
  }
  if (record.kind === 'notice' && (record.applicant.name !== '' || record.applicant.phone !== undefined))
    return { ...record, applicant: { name: '' } };
  return record;
}

/**
 * Least data on the device too: a record the collector refused stays in quarantine for the
 * attendant, but the citizen's name and phone in it are erased `retentionDays` after it was
 * refused, and the record notes when. Returns the quarantine as it is afterwards, oldest first.
 */
export async function eraseExpiredPersonalData(db: OutboxDB, retentionDays: number, now: number): Promise<QuarantinedRecord[]> {
  const tx = db.transaction('quarantine', 'readwrite', { durability: 'strict' });
  const quarantine = (await tx.store.getAll()).map((kept) => {
    const record = kept.quarantinedAt < now - retentionDays * 86_400_000 ? withoutPersonalData(kept.record) : kept.record;
    if (record === kept.record) return kept;
    const erased: QuarantinedRecord = { ...kept, record, personalDataErasedAt: now };
    void tx.store.put(erased);
    return erased;
  });
  await tx.done;
  return quarantine;
}
