import { expect } from 'chai';
import { openDB } from 'idb';
import { setupWorker } from 'msw/browser';
import type { QuarantinedRecord } from './db.js';
import { Outbox, type OutboxOptions } from './outbox.js';
import { BATCH_URL, CollectorDouble } from './test-support/collector-double.js';
import { CREDENTIALS, complaintWithContact, freshDbName, rating } from './test-support/records.js';

const DAY_MS = 86_400_000;
const worker = setupWorker();
before(() => worker.start({ quiet: true, onUnhandledFrame: 'bypass' }));
afterEach(() => worker.resetHandlers());

/** An outbox on a clock the test moves, with one refused complaint (name and phone) and one refused rating in quarantine. */
async function refusedComplaint(options: Partial<OutboxOptions> = {}) {
  const collector = new CollectorDouble();
  worker.use(collector.handler);
  const clock = { now: Date.now() };
  const dbName = freshDbName('retention');
  const outbox = new Outbox({ endpoint: BATCH_URL, dbName, fetch: collector.fetch, now: () => clock.now, ...options });
  await outbox.setCredentials(CREDENTIALS);
  const complaint = complaintWithContact();
  const refusedRating = rating();
  collector.rejectId(complaint.id);
  collector.rejectId(refusedRating.id);
  await outbox.put(complaint);
  await outbox.put(refusedRating);
  await outbox.flush();
  return { outbox, clock, complaint, refusedRating, dbName };
}

/** The quarantine as it lies in IndexedDB, not as the outbox chooses to show it. */
async function onDisk(dbName: string): Promise<QuarantinedRecord[]> {
  const db = await openDB(dbName);
  try {
    return (await db.getAll('quarantine')) as QuarantinedRecord[];
  } finally {
    db.close();
  }
}

describe('Outbox quarantine retention', () => {
  it("keeps a refused complaint's name and phone for 30 days, then erases them and notes it, keeping the complaint", async () => {
    const { outbox, clock, complaint, refusedRating, dbName } = await refusedComplaint();
    const refusedAt = clock.now;
    clock.now = refusedAt + 29 * DAY_MS;
    const [kept] = await outbox.quarantined();
    expect(kept?.record).to.deep.equal(complaint);
    expect(kept?.personalDataErasedAt).to.equal(undefined);

    clock.now = refusedAt + 30 * DAY_MS + 1;
    const [erased, untouched] = await outbox.quarantined();
    const { contact: _contact, ...rest } = complaint;
    expect(erased?.record).to.deep.equal(rest, 'everything but the contact stays: number, category, description');
    expect(erased?.personalDataErasedAt).to.equal(clock.now);
    expect(erased?.error.message).to.equal('level does not match');
    expect(untouched?.record).to.deep.equal(refusedRating);
    expect(untouched?.personalDataErasedAt).to.equal(undefined);
    expect((await outbox.status()).quarantined).to.equal(2, 'no record leaves the quarantine');
    await outbox.close();
    expect(JSON.stringify(await onDisk(dbName))).not.to.match(/王芳|13800138000/);
  });

  it('erases on its own when it next tries to send, with no one reading the quarantine, after the period it was given', async () => {
    const { outbox, clock, dbName } = await refusedComplaint({ quarantineRetentionDays: 7 });
    clock.now += 7 * DAY_MS - 1;
    await outbox.flush();
    expect(JSON.stringify(await onDisk(dbName))).to.match(/王芳.*13800138000/);
    clock.now += 2;
    await outbox.flush();
    const [erased] = await onDisk(dbName);
    expect(erased?.personalDataErasedAt).to.equal(clock.now);
    expect(JSON.stringify(erased)).not.to.match(/王芳|13800138000/);
    await outbox.close();
  });
});
