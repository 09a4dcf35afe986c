import { expect } from 'chai';
import { OutboxWriteError } from './errors.js';
import { Outbox } from './outbox.js';
import { CREDENTIALS, freshDbName, rating } from './test-support/records.js';

/**
 * Chromium gives a page no way to shrink its own quota, so the disk fills the way the browser
 * reports it: IndexedDB's add() refusing with QuotaExceededError.
 */
function fillTheDisk(): () => void {
  const add = IDBObjectStore.prototype.add;
  IDBObjectStore.prototype.add = function refuse(): IDBRequest<IDBValidKey> {
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  };
  return () => {
    IDBObjectStore.prototype.add = add;
  };
}

describe('Outbox on a full disk', () => {
  it('rejects put with a typed quota error the kiosk can show, and counts nothing it did not keep', async () => {
    const o = new Outbox({ endpoint: '/api/v1/records/batch', dbName: freshDbName('quota') });
    await o.setCredentials(CREDENTIALS);
    await o.put(rating());
    const emptyTheDisk = fillTheDisk();
    let failure: unknown;
    try {
      await o.put(rating());
    } catch (error) {
      failure = error;
    } finally {
      emptyTheDisk();
    }
    expect(failure).to.be.instanceOf(OutboxWriteError);
    expect((failure as OutboxWriteError).reason).to.equal('quota');
    expect((failure as Error).message).to.match(/storage is full/);
    expect((await o.status()).pending).to.equal(1);
    await o.put(rating());
    expect((await o.status()).pending).to.equal(2);
    await o.close();
  });
});
