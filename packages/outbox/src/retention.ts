import type { ManyiRecord } from '@manyi/core';
import type { OutboxDB, QuarantinedRecord } from './db.js';

const DAY_MS = 86_400_000;

/** Days a refused record keeps the citizen's name and phone on the tablet, unless the outbox is told otherwise. */
export const DEFAULT_QUARANTINE_RETENTION_DAYS = 30;

/** Whether the record carries a citizen's name or phone: a complaint's contact, a notice's applicant. */
function holdsPersonalData(record: ManyiRecord): boolean {
  if (record.kind === 'complaint') return record.contact !== undefined;
  if (record.kind === 'notice') return record.applicant.name !== '' || record.applicant.phone !== undefined;
  return false;
}

/** The same record without the citizen's name and phone; everything an attendant needs to follow it up stays. */
function withoutPersonalData(record: ManyiRecord): ManyiRecord {
  if (record.kind === 'complaint') {
    const { contact: _erased, ...rest } = record;
    return rest;
  }
  if (record.kind === 'notice') return { ...record, applicant: { name: '' } };
  return record;
}

/**
 * Least data on the device too: a record the collector refused stays in quarantine for the
 * attendant, but the citizen's name and phone in it are erased `retentionDays` after it was
 * refused, and the record notes when. Returns how many records lost their personal data.
 */
export async function eraseExpiredPersonalData(db: OutboxDB, retentionDays: number, now: number): Promise<number> {
  const refusedBefore = now - retentionDays * DAY_MS;
  const tx = db.transaction('quarantine', 'readwrite', { durability: 'strict' });
  let erased = 0;
  for (let cursor = await tx.store.openCursor(); cursor; cursor = await cursor.continue()) {
    const kept = cursor.value;
    if (kept.quarantinedAt >= refusedBefore || !holdsPersonalData(kept.record)) continue;
    void cursor.update({ ...kept, record: withoutPersonalData(kept.record), personalDataErasedAt: now } satisfies QuarantinedRecord);
    erased++;
  }
  await tx.done;
  return erased;
}
