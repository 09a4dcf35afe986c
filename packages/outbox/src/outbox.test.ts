import { type RatingRecord, uuidv7 } from '@manyi/core';
import { expect } from 'chai';
import { Outbox } from './outbox.js';
import { FakeCollector } from './test-support/fake-collector.js';

const CREDENTIALS = { deviceId: 'dev-1', token: 'mdt_test', stationId: 'demo' };

function rating(): RatingRecord {
  return {
    id: uuidv7(),
    kind: 'rating',
    createdAt: new Date().toISOString(),
    stationId: 'demo',
    windowId: 'w01',
    channel: 'device',
    scale: 5,
    answer: 5,
    level: 5,
  };
}

let counter = 0;
async function freshOutbox(collector: FakeCollector, options: { batchSize?: number; dbName?: string } = {}) {
  const outbox = new Outbox({
    endpoint: '/api/v1/records/batch',
    fetch: collector.fetch,
    dbName: options.dbName ?? `test-${Date.now()}-${counter++}`,
    ...options,
  });
  await outbox.setCredentials(CREDENTIALS);
  return outbox;
}

describe('Outbox', () => {
  it('keeps a record across a new connection to the same database until it is sent', async () => {
    const collector = new FakeCollector();
    const dbName = `reopen-${Date.now()}`;
    const first = await freshOutbox(collector, { dbName });
    const record = rating();
    await first.put(record);
    await first.close();

    const second = new Outbox({ endpoint: '/x', fetch: collector.fetch, dbName });
    expect((await second.status()).pending).to.equal(1);
    expect(await second.flush()).to.deep.equal({ kind: 'done', sent: 1 });
    expect([...collector.stored.keys()]).to.deep.equal([record.id]);
    expect((await second.status()).pending).to.equal(0);
    await second.close();
  });

  it('numbers the records of the device in the order they were put', async () => {
    const collector = new FakeCollector();
    const outbox = await freshOutbox(collector);
    for (let i = 0; i < 3; i++) await outbox.put(rating());
    await outbox.flush();
    expect([...collector.stored.values()].map((r) => (r as RatingRecord).seq)).to.deep.equal([1, 2, 3]);
    await outbox.close();
  });

  it('keeps everything after a network error or a 5xx and delivers it once when the collector is back', async () => {
    const collector = new FakeCollector();
    const outbox = await freshOutbox(collector);
    await outbox.put(rating());
    await outbox.put(rating());
    collector.failNext('network', 'server-error');
    expect((await outbox.flush()).kind).to.equal('failed');
    expect((await outbox.status()).lastError).to.match(/unreachable/);
    expect((await outbox.flush()).kind).to.equal('failed');
    expect((await outbox.status()).pending).to.equal(2);
    expect(await outbox.flush()).to.deep.equal({ kind: 'done', sent: 2 });
    expect(collector.stored.size).to.equal(2);
    expect((await outbox.status()).lastError).to.equal(null);
    await outbox.close();
  });

  it('when the answer is lost after the collector stored the batch, the retry meets duplicates and the queue empties', async () => {
    const collector = new FakeCollector();
    const outbox = await freshOutbox(collector);
    await outbox.put(rating());
    collector.failNext('lost-response');
    expect((await outbox.flush()).kind).to.equal('failed');
    expect((await outbox.status()).pending).to.equal(1);
    expect(await outbox.flush()).to.deep.equal({ kind: 'done', sent: 1 });
    expect(collector.stored.size).to.equal(1);
    expect((await outbox.status()).pending).to.equal(0);
    await outbox.close();
  });

  it('quarantines a rejected record, delivers the rest, and does not send the rejected one again', async () => {
    const collector = new FakeCollector();
    const outbox = await freshOutbox(collector);
    const bad = rating();
    collector.rejectId(bad.id);
    await outbox.put(rating());
    await outbox.put(bad);
    await outbox.put(rating());
    expect(await outbox.flush()).to.deep.equal({ kind: 'done', sent: 2 });
    const status = await outbox.status();
    expect(status.pending).to.equal(0);
    expect(status.quarantined).to.equal(1);
    await outbox.flush();
    expect(collector.requests).to.deep.equal([3]);
    await outbox.close();
  });

  it('pauses on 401 and keeps every record until the device is enrolled again', async () => {
    const collector = new FakeCollector();
    const outbox = await freshOutbox(collector);
    await outbox.put(rating());
    collector.failNext('unauthorized');
    expect((await outbox.flush()).kind).to.equal('unauthorized');
    const status = await outbox.status();
    expect(status.state).to.equal('unauthorized');
    expect(status.pending).to.equal(1);
    await outbox.setCredentials({ ...CREDENTIALS, token: 'mdt_new' });
    expect(await outbox.flush()).to.deep.equal({ kind: 'done', sent: 1 });
    await outbox.close();
  });

  it('sends in batches of at most the batch size', async () => {
    const collector = new FakeCollector();
    const outbox = await freshOutbox(collector, { batchSize: 500 });
    for (let i = 0; i < 1200; i++) await outbox.put(rating());
    expect(await outbox.flush()).to.deep.equal({ kind: 'done', sent: 1200 });
    expect(collector.requests).to.deep.equal([500, 500, 200]);
    await outbox.close();
  });

  it('two flushes at once send each record once', async () => {
    const collector = new FakeCollector();
    const dbName = `two-tabs-${Date.now()}`;
    const tabA = await freshOutbox(collector, { dbName });
    const tabB = new Outbox({ endpoint: '/x', fetch: collector.fetch, dbName });
    for (let i = 0; i < 50; i++) await tabA.put(rating());
    await Promise.all([tabA.flush(), tabB.flush()]);
    expect(collector.stored.size).to.equal(50);
    expect(collector.requests.reduce((a, b) => a + b, 0)).to.equal(50);
    await tabA.close();
    await tabB.close();
  });
});
