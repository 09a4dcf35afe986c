import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { complaintSecret } from '@manyi/core';
import { seedDemo } from './demo.js';
import { seedDemoActivity } from './demo-activity.js';
import { CaseListSchema } from './schemas/cases.js';
import { AdminComplaintDetailSchema } from './schemas/ledger.js';
import { backends } from './test-support/backends.js';
import { apiClient } from './test-support/http.js';

for (const backend of backends()) {
  describe(`the demo hall's two weeks on ${backend.name}`, { skip: backend.skip }, () => {
    test('a fresh start shows bad reviews at every step, a misuse burst, an answered complaint and a notice finding', async () => {
      const db = await backend.fresh();
      try {
        assert.equal(await seedDemo(db.store), true);
        await seedDemoActivity(db.store); // a second collector starting at once: nothing seeded twice
        const call = apiClient(db.store);
        assert.equal((await call('GET', '/admin/stats?station=demo')).body.overall.total, 0, 'the kiosk demo station starts empty');
        const cases = await call('GET', '/admin/cases?station=demo-ledger');
        assert.equal(CaseListSchema.safeParse(cases.body).success, true, cases.text);
        const states = new Set(cases.body.cases.map((c: { state: string }) => c.state));
        for (const state of ['new', 'rectifying', 'satisfied', 'not-satisfied', 'voided']) assert.ok(states.has(state), state);
        assert.ok(
          cases.body.cases.some((c: { overdue: boolean }) => c.overdue),
          'one case is overdue',
        );
        assert.ok(cases.body.cases.some((c: { voidReason: string | null }) => c.voidReason?.includes('叫号系统故障')));

        const misuse = await call('GET', '/admin/misuse?station=demo-ledger');
        assert.equal(misuse.body.records.filter((r: { flag: string }) => r.flag === 'excluded').length, 6);
        const stats = await call('GET', '/admin/stats?station=demo-ledger');
        const standing = cases.body.cases.filter((c: { state: string }) => c.state !== 'voided').length;
        assert.equal(
          stats.body.overall.total,
          14 * 15 + standing,
          'the burst, and the bad review voided on appeal, stay out of the figures',
        );

        const [complaint] = (await call('GET', '/admin/complaints?station=demo-ledger')).body.items;
        const detail = await call('GET', `/admin/complaints/${complaint.trackingNo}`);
        assert.equal(AdminComplaintDetailSchema.safeParse(detail.body).success, true, detail.text);
        assert.equal(detail.body.status, 'replied');
        assert.equal(detail.body.firstOwner, '首问 赵建国');
        assert.deepEqual(
          detail.body.history.map((e: { action: string }) => e.action),
          ['assign', 'handover', 'reply'],
        );
        const status = await call(
          'GET',
          `/public/complaints/${complaint.trackingNo}?secret=${complaintSecret(complaint.recordId)}`,
          undefined,
          null,
        );
        assert.match(status.body.publicReply, /一次性告知/);

        const audit = await call('GET', '/admin/notices/audit?station=demo-ledger');
        assert.deepEqual(
          audit.body.findings.map((f: { material: string }) => f.material),
          ['婚姻状况证明'],
        );
      } finally {
        await db.dispose();
      }
    });
  });
}
