import { expect } from 'chai';
import fc from 'fast-check';
import { setupWorker } from 'msw/browser';
import { Outbox } from './outbox.js';
import { BATCH_URL, CollectorDouble, type Fault } from './test-support/collector-double.js';
import { CREDENTIALS, freshDbName, rating } from './test-support/records.js';

const worker = setupWorker();
before(() => worker.start({ quiet: true, onUnhandledFrame: 'bypass' }));

type Step = { do: 'put'; count: number } | { do: 'flush' } | { do: 'fail'; fault: Fault } | { do: 'reload'; midFlush: boolean };

const step: fc.Arbitrary<Step> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ do: fc.constant('put' as const), count: fc.integer({ min: 1, max: 30 }) }) },
  { weight: 3, arbitrary: fc.record({ do: fc.constant('flush' as const) }) },
  {
    weight: 2,
    arbitrary: fc.record({
      do: fc.constant('fail' as const),
      fault: fc.constantFrom<Fault>('offline', 'server-error', 'timeout', 'lost-response'),
    }),
  },
  { weight: 1, arbitrary: fc.record({ do: fc.constant('reload' as const), midFlush: fc.boolean() }) },
);

describe('Outbox delivery property', () => {
  it('every record whose put resolved reaches the collector exactly once, and nothing else does', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { maxLength: 25 }), async (steps) => {
        const collector = new CollectorDouble();
        worker.resetHandlers(collector.handler);
        const dbName = freshDbName('property');
        const open = () => new Outbox({ endpoint: BATCH_URL, dbName, timeoutMs: 100, batchSize: 40, fetch: collector.fetch });
        let outbox = open();
        await outbox.setCredentials(CREDENTIALS);
        const abandoned: Promise<unknown>[] = [];
        const kept = new Set<string>();
        for (const s of steps) {
          if (s.do === 'put') {
            for (let i = 0; i < s.count; i++) {
              const r = rating();
              await outbox.put(r);
              kept.add(r.id);
            }
          } else if (s.do === 'flush') {
            await outbox.flush();
          } else if (s.do === 'fail') {
            collector.failNext(s.fault);
          } else {
            // A reload: this page's outbox is gone (its flush may still be on the wire), a new one opens.
            if (s.midFlush) abandoned.push(outbox.flush());
            outbox = open();
          }
        }
        await Promise.all(abandoned);
        for (let i = 0; i < 10 && (await outbox.status()).pending > 0; i++) await outbox.flush();

        expect((await outbox.status()).pending).to.equal(0);
        expect(collector.accepted).to.deep.equal(kept);
        // Retries after a lost answer, a timeout or a reload mid-flush may bring a record again;
        // once its answer has reached the device, never.
        expect(collector.resentAfterAcknowledged).to.deep.equal([]);
        await outbox.close();
      }),
      { numRuns: 40 },
    );
  });
});
