/** The second-factor, sign-on link and sign-on flow tables (migration 9) on both databases. */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { backends } from '../test-support/backends.js';
import { seedPeople } from '../test-support/people.js';
import type { Store } from './store.js';

for (const backend of backends()) {
  describe(`second factors and sign-on links (${backend.name})`, { skip: backend.skip }, () => {
    let db: Awaited<ReturnType<typeof backend.fresh>>;
    let store: Store;
    before(async () => {
      db = await backend.fresh();
      store = db.store;
      await seedPeople(store, [
        { username: 'root', role: 'admin' },
        { username: 'ada', role: 'admin' },
      ]);
    });
    after(() => db?.dispose());

    test('a TOTP is pending until a first step confirms it, each step works once, and a confirmed one is not replaced', async () => {
      assert.equal(await store.secondFactors.totp('root'), undefined);
      assert.equal(await store.secondFactors.begin('root', 'FIRSTSECRET'), true);
      assert.equal(await store.secondFactors.begin('root', 'SECONDSECRET'), true, 'a pending enrolment starts over');
      assert.deepEqual(await store.secondFactors.totp('root'), { secret: 'SECONDSECRET', confirmed: false, lastStep: 0 });
      const step = 59_000_000_000; // beyond 32 bits, as real steps will be one day
      assert.equal(await store.secondFactors.use('root', step), true);
      assert.deepEqual(await store.secondFactors.totp('root'), { secret: 'SECONDSECRET', confirmed: true, lastStep: step });
      assert.equal(await store.secondFactors.use('root', step), false, 'the same step again');
      assert.equal(await store.secondFactors.use('root', step - 1), false, 'an earlier step');
      assert.equal(await store.secondFactors.begin('root', 'THIRDSECRET'), false);
      assert.equal((await store.secondFactors.totp('root'))?.secret, 'SECONDSECRET');
      assert.equal(await store.secondFactors.use('ada', step), false, 'an account without TOTP uses no step');
      assert.equal(await store.secondFactors.remove('root'), true);
      assert.equal(await store.secondFactors.remove('root'), false);
      assert.equal(await store.secondFactors.totp('root'), undefined);
    });

    test('an identity links to one account, once', async () => {
      const issuer = 'https://sso.example.gov.cn';
      assert.equal(await store.accountLinks.username(issuer, 'sub-1'), undefined);
      await store.accountLinks.link(issuer, 'sub-1', 'ada');
      await store.accountLinks.link(issuer, 'sub-1', 'root');
      assert.equal(await store.accountLinks.username(issuer, 'sub-1'), 'ada', 'a second link of the same identity changes nothing');
      assert.equal(await store.accountLinks.username('https://other.example', 'sub-1'), undefined, 'subjects are per issuer');
    });

    test('a single sign-on under way is taken once, and one past its time is dropped', async () => {
      const flow = { state: 's', nonce: 'n', verifier: 'v', expiresAt: '2026-12-08T01:10:00.000Z' };
      await store.oidcFlows.put('old', { ...flow, expiresAt: '2026-12-08T00:59:00.000Z' }, '2026-12-08T00:50:00.000Z');
      await store.oidcFlows.put('live', flow, '2026-12-08T01:00:00.000Z');
      assert.equal(await store.oidcFlows.take('old'), undefined, 'dropped when the next flow started');
      assert.deepEqual(await store.oidcFlows.take('live'), flow);
      assert.equal(await store.oidcFlows.take('live'), undefined, 'a flow works once');
    });
  });
}
