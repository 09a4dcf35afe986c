import { expect } from 'chai';
import { openDB } from 'idb';
import { DB_VERSION } from './db.js';
import { Outbox } from './outbox.js';
import { CREDENTIALS, freshDbName, rating } from './test-support/records.js';

describe('Outbox connection', () => {
  it('steps aside at once when another tab upgrades the database, instead of blocking it', async () => {
    const dbName = freshDbName('upgrade');
    const o = new Outbox({ endpoint: '/api/v1/records/batch', dbName });
    await o.setCredentials(CREDENTIALS);
    await o.put(rating());
    let blocked = false;
    const newer = await openDB(dbName, DB_VERSION + 1, {
      blocked() {
        blocked = true;
      },
    });
    expect(blocked).to.equal(false);
    expect(await newer.count('queue')).to.equal(1);
    newer.close();
    await o.close();
  });

  it('opens again after its connection was taken away, and keeps working', async () => {
    const dbName = freshDbName('reopen-after-loss');
    const o = new Outbox({ endpoint: '/api/v1/records/batch', dbName });
    await o.setCredentials(CREDENTIALS);
    await o.put(rating());
    // Another tab deletes and recreates the database (e.g. a re-enrolment wiping old data):
    // this outbox must let go, then open the new one on its next use.
    await new Promise<void>((resolve, reject) => {
      const request = indexedDB.deleteDatabase(dbName);
      request.onsuccess = () => resolve();
      request.onerror = () => reject(request.error);
      request.onblocked = () => reject(new Error('blocked by the outbox'));
    });
    await o.put(rating());
    expect((await o.status()).pending).to.equal(1);
    await o.close();
  });
});
