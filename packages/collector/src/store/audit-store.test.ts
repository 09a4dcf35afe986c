import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { pruneAudit } from '../audit/audit-retention.js';
import { verifyAuditChain } from '../audit/verify.js';
import { backends } from '../test-support/backends.js';
import { rawSql } from '../test-support/raw-sql.js';
import type { AuditFacts } from './audit-chain.js';
import type { Store } from './store.js';

const change = (n: number, over: Partial<AuditFacts> = {}): Omit<AuditFacts, 'at'> => ({
  actor: 'admin-token',
  role: 'admin',
  action: 'updateStation',
  target: `hall-${n}`,
  stationId: n % 2 === 0 ? 'east' : 'west',
  address: '10.0.0.7',
  requestId: `req-${n}`,
  outcome: 200,
  before: { scale: 5, name: `old ${n}` },
  after: { name: `new ${n}`, scale: 3 },
  ...over,
});

async function appendSome(store: Store, count: number): Promise<void> {
  for (let n = 1; n <= count; n++) await store.audit.append(change(n));
}

for (const backend of backends()) {
  describe(`the audit trail on ${backend.name}`, { skip: backend.skip }, () => {
    const run = (name: string, body: (db: Awaited<ReturnType<typeof backend.fresh>>) => Promise<void>) =>
      test(name, async () => {
        const db = await backend.fresh();
        try {
          await body(db);
        } finally {
          await db.dispose();
        }
      });

    run('entries are numbered, chained by hash, read back as written and listed newest first', async ({ store }) => {
      await appendSome(store, 5);
      const all = await store.audit.list({ limit: 10 });
      assert.deepEqual(
        all.map((e) => e.seq),
        [5, 4, 3, 2, 1],
      );
      const [newest, previous] = all;
      assert.equal(newest?.prevHash, previous?.hash);
      assert.deepEqual(newest?.before, { name: 'old 5', scale: 5 });
      assert.deepEqual(newest?.after, { name: 'new 5', scale: 3 });
      assert.match(newest?.at ?? '', /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
      const east = await store.audit.list({ stationId: 'east', limit: 10 });
      assert.deepEqual(
        east.map((e) => e.seq),
        [4, 2],
      );
      const page = await store.audit.list({ beforeSeq: 4, limit: 2 });
      assert.deepEqual(
        page.map((e) => e.seq),
        [3, 2],
      );
      assert.deepEqual(await verifyAuditChain(store.audit), { ok: true, count: 5, head: newest?.hash });
    });

    run('a row changed, removed or re-chained in the database is named by verify', async ({ store }) => {
      await appendSome(store, 6);
      const sql = rawSql(store);
      await sql.run(`UPDATE audit_entries SET actor = 'someone-else' WHERE seq = 3`);
      let check = await verifyAuditChain(store.audit);
      assert.equal(check.ok, false);
      assert.equal(!check.ok && check.seq, 3);
      assert.match(!check.ok ? check.reason : '', /content does not match its hash/);
      assert.equal(check.count, 2, 'the entries before it verified');

      await sql.run(`UPDATE audit_entries SET actor = 'admin-token' WHERE seq = 3`);
      assert.equal((await verifyAuditChain(store.audit)).ok, true, 'put back as it was, the chain holds again');

      await sql.run('DELETE FROM audit_entries WHERE seq = 4');
      check = await verifyAuditChain(store.audit);
      assert.equal(!check.ok && check.seq, 5);
      assert.match(!check.ok ? check.reason : '', /entry 4 is missing/);
    });

    run('collectors appending at once keep one chain without forks or gaps', async ({ store, another }) => {
      const other = await another();
      await Promise.all(Array.from({ length: 30 }, (_, n) => (n % 2 === 0 ? store : other).audit.append(change(n))));
      const all = await store.audit.list({ limit: 100 });
      assert.deepEqual(
        all.map((e) => e.seq),
        Array.from({ length: 30 }, (_, i) => 30 - i),
      );
      assert.deepEqual(await verifyAuditChain(store.audit), { ok: true, count: 30, head: all[0]?.hash });
    });

    run('pruning old entries leaves an anchor the kept chain still verifies from', async ({ store }) => {
      await appendSome(store, 3);
      const third = (await store.audit.list({ limit: 1 }))[0];
      await new Promise((resolve) => setTimeout(resolve, 5));
      await appendSome(store, 2);
      // Entries made before the fourth go; the fourth and fifth stay.
      const fourth = (await store.audit.list({ limit: 2 }))[1];
      assert.equal(await store.audit.prune(fourth?.at ?? ''), 3);
      assert.deepEqual(await store.audit.start(), { seq: 3, hash: third?.hash });
      assert.deepEqual(await verifyAuditChain(store.audit), { ok: true, count: 2, head: (await store.audit.list({ limit: 1 }))[0]?.hash });
      const next = await store.audit.append(change(6));
      assert.equal(next.seq, 6);
      assert.equal((await verifyAuditChain(store.audit)).ok, true);

      await rawSql(store).run(`UPDATE audit_entries SET outcome = 403 WHERE seq = 4`);
      const check = await verifyAuditChain(store.audit);
      assert.equal(!check.ok && check.seq, 4, 'tampering after pruning is still found');
    });

    run('retention prunes only what is older than the period, and never less than six months', async ({ store }) => {
      await appendSome(store, 2);
      assert.equal(await pruneAudit(store, 365), 0, 'entries made just now are kept');
      assert.equal(await pruneAudit(store, 183, new Date(Date.now() + 184 * 86_400_000)), 2);
      await assert.rejects(pruneAudit(store, 30), /at least 183 days/);
      assert.deepEqual(await verifyAuditChain(store.audit), { ok: true, count: 0, head: (await store.audit.start()).hash });
    });
  });
}
