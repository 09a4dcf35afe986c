import { expect } from 'chai';
import { setupWorker } from 'msw/browser';
import { Outbox, type OutboxOptions, type OutboxStatus } from './outbox.js';
import { BATCH_URL, CollectorDouble } from './test-support/collector-double.js';
import { CREDENTIALS, freshDbName, rating } from './test-support/records.js';

const worker = setupWorker();
before(() => worker.start({ quiet: true, onUnhandledFrame: 'bypass' }));
afterEach(() => worker.resetHandlers());

let collector: CollectorDouble;
beforeEach(() => {
  collector = new CollectorDouble();
  worker.use(collector.handler);
});

/** The next change the outbox announces. */
function nextChange(o: Outbox): Promise<void> {
  return new Promise((resolve) => o.addEventListener('manyi-outbox-change', () => resolve(), { once: true }));
}

/** Resolves once the outbox's status meets `check`, looking now and after every change it announces. */
function statusReaches(o: Outbox, check: (status: OutboxStatus) => boolean): Promise<void> {
  return new Promise((resolve) => {
    const look = async () => {
      if (!check(await o.status())) return;
      o.removeEventListener('manyi-outbox-change', look);
      resolve();
    };
    o.addEventListener('manyi-outbox-change', look);
    void look();
  });
}

async function outbox(options: Partial<OutboxOptions> = {}): Promise<Outbox> {
  const o = new Outbox({ endpoint: BATCH_URL, dbName: freshDbName('outbox'), fetch: collector.fetch, ...options });
  await o.setCredentials(CREDENTIALS);
  return o;
}

/** Nothing the collector acknowledged came again, and nothing came twice unless a retry needed it. */
function expectExactlyOnce(retried: [string, number][] = []): void {
  expect(collector.resentAfterAcknowledged, 'sent again after the collector acknowledged it').to.deep.equal([]);
  expect(collector.receivedMoreThanOnce(), 'records that reached the collector more than once').to.deep.equal(retried);
}

describe('Outbox', () => {
  describe('keeping records', () => {
    it('keeps a record across a new connection to the same database until it is sent', async () => {
      const dbName = freshDbName('reopen');
      const first = await outbox({ dbName });
      const record = rating();
      await first.put(record);
      await first.close();

      const second = new Outbox({ endpoint: BATCH_URL, dbName, fetch: collector.fetch });
      expect((await second.status()).pending).to.equal(1);
      expect(await second.flush()).to.deep.equal({ kind: 'done', sent: 1 });
      expect([...collector.accepted.keys()]).to.deep.equal([record.id]);
      expect((await second.status()).pending).to.equal(0);
      await second.close();
    });

    it('takes over a version 1 queue: its records, counts and numbers, never giving a number twice', async () => {
      const dbName = freshDbName('v1');
      const waiting = rating();
      await new Promise<void>((resolve, reject) => {
        const open = indexedDB.open(dbName, 1);
        open.onupgradeneeded = () => {
          open.result.createObjectStore('records', { keyPath: 'seq' });
          open.result.createObjectStore('quarantine', { keyPath: 'seq' });
          open.result.createObjectStore('meta');
        };
        open.onsuccess = () => {
          const tx = open.result.transaction(['records', 'meta', 'quarantine'], 'readwrite');
          // Records 1–7 were sent; 8 still waits; 9 was refused.
          tx.objectStore('records').put({ seq: 8, record: { ...waiting, seq: 8 }, queuedAt: Date.now() });
          tx.objectStore('meta').put({ nextSeq: 10, pending: 1, quarantined: 1 }, 'counters');
          tx.objectStore('meta').put(CREDENTIALS, 'credentials');
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
        open.onerror = () => reject(open.error);
      });
      const o = new Outbox({ endpoint: BATCH_URL, dbName, fetch: collector.fetch });
      expect((await o.status()).pending).to.equal(1);
      expect((await o.status()).quarantined).to.equal(1);
      const next = rating();
      await o.put(next);
      expect((await o.status()).pending).to.equal(2);
      expect(await o.flush()).to.deep.equal({ kind: 'done', sent: 2 });
      expect([...collector.accepted.keys()]).to.deep.equal([waiting.id, next.id]);
      expect(collector.seqs).to.deep.equal([8, 10]);
      expect((await o.status()).pending).to.equal(0);
      await o.close();
    });

    it('numbers the records of the device in the order they were put', async () => {
      const o = await outbox();
      const ids = [rating(), rating(), rating()];
      for (const r of ids) await o.put(r);
      const status = await o.status();
      expect(status.pending).to.equal(3);
      expect(status.oldestPendingAt).to.be.a('number');
      await o.flush();
      expect([...collector.accepted.keys()]).to.deep.equal(ids.map((r) => r.id));
      await o.close();
    });
  });

  describe('when the network misbehaves', () => {
    it('keeps everything while offline and after a 5xx, and delivers it once when the collector is back', async () => {
      const o = await outbox();
      await o.put(rating());
      await o.put(rating());
      collector.failNext('offline', 'server-error');
      expect((await o.flush()).kind).to.equal('failed');
      expect((await o.status()).lastError).to.match(/unreachable/);
      expect((await o.flush()).kind).to.equal('failed');
      expect((await o.status()).lastError).to.match(/503/);
      expect((await o.status()).pending).to.equal(2);
      expect(await o.flush()).to.deep.equal({ kind: 'done', sent: 2 });
      expect(collector.accepted.size).to.equal(2);
      expectExactlyOnce();
      expect((await o.status()).lastError).to.equal(null);
      await o.close();
    });

    it('gives up on a request that does not answer in time and retries it', async () => {
      const o = await outbox({ timeoutMs: 300 });
      await o.put(rating());
      collector.failNext('timeout');
      const outcome = await o.flush();
      expect(outcome.kind).to.equal('failed');
      expect((await o.status()).pending).to.equal(1);
      expect(await o.flush()).to.deep.equal({ kind: 'done', sent: 1 });
      await o.close();
    });

    it('when the answer is lost after the collector stored the batch, the retry meets duplicates and the queue empties', async () => {
      const o = await outbox();
      const stored = rating();
      await o.put(stored);
      collector.failNext('lost-response');
      expect((await o.flush()).kind).to.equal('failed');
      expect((await o.status()).pending).to.equal(1);
      expect(await o.flush()).to.deep.equal({ kind: 'done', sent: 1 });
      expect((await o.status()).pending).to.equal(0);
      // Later uploads never carry it again: the device heard the answer this time.
      await o.put(rating());
      expect(await o.flush()).to.deep.equal({ kind: 'done', sent: 1 });
      // The one legitimate second arrival: the device never heard the first answer.
      expectExactlyOnce([[stored.id, 2]]);
      await o.close();
    });

    it('quarantines a rejected record, delivers the rest, and does not send the rejected one again', async () => {
      const o = await outbox();
      const bad = rating();
      collector.rejectId(bad.id);
      await o.put(rating());
      await o.put(bad);
      await o.put(rating());
      expect(await o.flush()).to.deep.equal({ kind: 'done', sent: 2 });
      const status = await o.status();
      expect(status.pending).to.equal(0);
      expect(status.quarantined).to.equal(1);
      const [kept] = await o.quarantined();
      expect(kept?.record.id).to.equal(bad.id);
      expect(kept?.error.message).to.equal('level does not match');
      await o.put(rating());
      await o.flush();
      expect(collector.batchSizes).to.deep.equal([3, 1]);
      expectExactlyOnce();
      await o.close();
    });

    it('pauses on 401 and keeps every record until the device is enrolled again', async () => {
      const o = await outbox();
      await o.put(rating());
      collector.failNext('unauthorized');
      expect((await o.flush()).kind).to.equal('unauthorized');
      const status = await o.status();
      expect(status.state).to.equal('unauthorized');
      expect(status.pending).to.equal(1);
      expect(status.lastError).to.match(/enrol/);
      await o.setCredentials({ ...CREDENTIALS, token: 'mdt_new' });
      expect(await o.flush()).to.deep.equal({ kind: 'done', sent: 1 });
      await o.close();
    });
  });

  describe('sending', () => {
    it('sends in batches of at most 500 with the time it sent them', async () => {
      const o = await outbox();
      for (let i = 0; i < 1200; i++) await o.put(rating());
      const flushStarted = Date.now();
      expect(await o.flush()).to.deep.equal({ kind: 'done', sent: 1200 });
      expect(collector.batchSizes).to.deep.equal([500, 500, 200]);
      // Stamped as each batch goes out (the collector corrects clock skew from it), not when the
      // records were made or the first batch was built: after the puts, before its arrival, in order.
      let previous = flushStarted;
      for (const { sentAt, arrivedAt } of collector.sendTimes) {
        expect(sentAt).to.be.within(previous, arrivedAt);
        previous = sentAt;
      }
      expect(collector.accepted.size).to.equal(1200);
      expectExactlyOnce();
      await o.close();
    });

    it('two tabs flushing at once send each record once', async () => {
      const dbName = freshDbName('two-tabs');
      const tabA = await outbox({ dbName });
      const tabB = new Outbox({ endpoint: BATCH_URL, dbName, fetch: collector.fetch });
      for (let i = 0; i < 50; i++) await tabA.put(rating());
      await Promise.all([tabA.flush(), tabB.flush()]);
      expect(collector.accepted.size).to.equal(50);
      expect(collector.batchSizes.reduce((a, b) => a + b, 0)).to.equal(50);
      expectExactlyOnce();
      await tabA.close();
      await tabB.close();
    });

    it('sends a put shortly after it resolved, not while the caller paints its thank-you, and puts close together in one request', async () => {
      const o = await outbox({ pollMs: 60_000, sendAfterPutMs: 150 });
      const startedEmpty = nextChange(o);
      o.start();
      await startedEmpty;
      for (let i = 0; i < 3; i++) await o.put(rating());
      expect(collector.requests).to.equal(0);
      await statusReaches(o, (s) => s.pending === 0);
      expect(collector.batchSizes).to.deep.equal([3]);
      await o.close();
    });

    it('sends by itself once started: right away and when the browser comes back online', async () => {
      // A put's own upload starts at once here, so the one made offline fails before 'online';
      // the retry timer is far off, so only 'online' can bring the second record over.
      const o = await outbox({ pollMs: 60_000, sendAfterPutMs: 0, minRetryMs: 60_000 });
      await o.put(rating());
      o.start();
      await statusReaches(o, (s) => s.pending === 0);
      expect(collector.accepted.size).to.equal(1);
      collector.failNext('offline');
      await o.put(rating());
      await statusReaches(o, (s) => s.state === 'retrying');
      expect(collector.requests).to.equal(2);
      expect((await o.status()).pending).to.equal(1);
      window.dispatchEvent(new Event('online'));
      await statusReaches(o, (s) => s.pending === 0);
      expect(collector.accepted.size).to.equal(2);
      await o.close();
    });
  });
});
