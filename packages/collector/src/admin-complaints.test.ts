import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { complaintSecret } from '@manyi/core';
import { silentLogger } from './log.js';
import { DEFAULT_PERSONAL_DATA_RETENTION, eraseExpiredContacts, schedulePersonalDataErasure } from './retention.js';
import type { Store } from './store/store.js';
import { backends } from './test-support/backends.js';
import { type ApiCall, apiClient, hallWithDevice, upload } from './test-support/http.js';
import { CONTACT, kioskComplaint } from './test-support/records.js';

const DAY = 86_400_000;

for (const backend of backends()) {
  describe(`handling complaints on ${backend.name}`, { skip: backend.skip }, () => {
    const run = (name: string, body: (call: ApiCall, trackingNo: string, store: Store) => Promise<void>) =>
      test(name, async () => {
        const db = await backend.fresh();
        try {
          const call = apiClient(db.store);
          const device = await hallWithDevice(call);
          const complaint = kioskComplaint(device.trackingNode ?? -1, { ...CONTACT });
          await upload(call, device, [complaint]);
          await body(call, complaint.trackingNo, db.store);
        } finally {
          await db.dispose();
        }
      });

    run('assigned, replied, amended and closed; the citizen reads the reply by tracking number', async (call, trackingNo, store) => {
      const secret = complaintSecret((await store.complaints.get({ trackingNo }))?.recordId ?? '');
      const assigned = await call('POST', `/admin/complaints/${trackingNo}/assign`, { assignee: '窗口负责人 刘强' });
      assert.equal(assigned.status, 200, assigned.text);
      assert.equal(assigned.body.status, 'assigned');

      const replied = await call('POST', `/admin/complaints/${trackingNo}/reply`, { publicReply: '已核实，已对当事工作人员批评教育。' });
      assert.equal(replied.body.status, 'replied');
      assert.ok(replied.body.repliedAt);
      let seen = await call('GET', `/public/complaints/${trackingNo}?secret=${secret}`, undefined, null);
      assert.equal(seen.body.status, 'replied');
      assert.equal(seen.body.publicReply, '已核实，已对当事工作人员批评教育。');
      assert.equal(seen.body.closedAt, null);

      const amended = await call('POST', `/admin/complaints/${trackingNo}/reply`, { publicReply: '已核实并整改，窗口增设引导员。' });
      assert.equal(amended.body.publicReply, '已核实并整改，窗口增设引导员。');

      const unfound = await call('POST', `/admin/complaints/${trackingNo}/reply`, { status: 'closed' });
      assert.equal(unfound.status, 409, 'closing needs a finding first');
      assert.equal(unfound.body.error.code, 'finding-required');
      await call('POST', `/admin/complaints/${trackingNo}/finding`, { finding: 'partly', reasons: '窗口确有等候过长，态度问题未查实。' });
      const closed = await call('POST', `/admin/complaints/${trackingNo}/reply`, { status: 'closed' });
      assert.equal(closed.status, 200, closed.text);
      assert.equal(closed.body.status, 'closed');
      assert.equal(closed.body.publicReply, '已核实并整改，窗口增设引导员。', 'closing keeps the reply given');
      seen = await call('GET', `/public/complaints/${trackingNo}?secret=${secret}`, undefined, null);
      assert.equal(seen.body.status, 'closed');
      assert.ok(seen.body.closedAt);

      const late = await call('POST', `/admin/complaints/${trackingNo}/reply`, { publicReply: '再补充' });
      assert.equal(late.status, 409);
      assert.equal(late.body.error.code, 'complaint-closed');
    });

    run(
      'handling refuses what does not fit: no reply text, assigning after a reply, a wrong status, no token',
      async (call, trackingNo) => {
        const empty = await call('POST', `/admin/complaints/${trackingNo}/reply`, {});
        assert.equal(empty.status, 400);
        assert.match(empty.body.error.message, /^publicReply: required/);
        const closeWithout = await call('POST', `/admin/complaints/${trackingNo}/reply`, { status: 'closed' });
        assert.equal(closeWithout.status, 400);
        const badStatus = await call('POST', `/admin/complaints/${trackingNo}/reply`, { publicReply: '好', status: 'assigned' });
        assert.equal(badStatus.status, 400);
        assert.match(badStatus.body.error.message, /^status: /);
        assert.equal((await call('POST', `/admin/complaints/${trackingNo}/reply`, { publicReply: '好' }, null)).status, 401);

        await call('POST', `/admin/complaints/${trackingNo}/reply`, { publicReply: '已答复' });
        const assign = await call('POST', `/admin/complaints/${trackingNo}/assign`, { assignee: '刘强' });
        assert.equal(assign.status, 409);
        assert.equal((await call('POST', '/admin/complaints/TS-250128-7K04AK/reply', { publicReply: '好' })).status, 404);
      },
    );

    run('the admin list filters by station and status, newest first, with masked phones for the handlers', async (call, trackingNo) => {
      const web = await call(
        'POST',
        '/public/complaints',
        { stationId: 'hall', category: 'environment', description: '大厅空调太冷', wantsReply: false },
        null,
      );
      const all = await call('GET', '/admin/complaints?station=hall');
      assert.deepEqual(
        all.body.items.map((c: { trackingNo: string }) => c.trackingNo),
        [web.body.trackingNo, trackingNo],
      );
      assert.deepEqual(all.body.items[1].contact, { name: '王先生', phone: '139****5678' }, 'masked by default');
      const shown = await call('GET', `/admin/complaints/${trackingNo}/contact`);
      assert.deepEqual(shown.body.contact, { name: '王先生', phone: '13912345678' }, 'whole only when asked for');
      await call('POST', `/admin/complaints/${trackingNo}/reply`, { publicReply: '已答复' });
      const replied = await call('GET', '/admin/complaints?status=replied');
      assert.deepEqual(
        replied.body.items.map((c: { trackingNo: string }) => c.trackingNo),
        [trackingNo],
      );
      assert.equal((await call('GET', '/admin/complaints?station=elsewhere')).body.items.length, 0);
      assert.equal((await call('GET', '/admin/complaints?status=lost')).status, 400);
    });

    run('contact details are erased the set number of days after closing, and only then', async (call, trackingNo, store) => {
      const open = await call(
        'POST',
        '/public/complaints',
        { stationId: 'hall', category: 'delay', description: '拖了很久', ...CONTACT },
        null,
      );
      await call('POST', `/admin/complaints/${trackingNo}/finding`, { finding: 'unsubstantiated', reasons: '调取录像，未见所述情况。' });
      const closed = await call('POST', `/admin/complaints/${trackingNo}/reply`, { publicReply: '已办结', status: 'closed' });
      const closedAt = Date.parse(closed.body.closedAt);

      assert.equal(await eraseExpiredContacts(store, 180, new Date(closedAt + 179 * DAY)), 0);
      assert.deepEqual((await call('GET', `/admin/complaints/${trackingNo}/contact`)).body.contact, {
        name: '王先生',
        phone: '13912345678',
      });

      const later = new Date(closedAt + 180 * DAY + 1000);
      assert.equal(await eraseExpiredContacts(store, 180, later), 1);
      const erased = (await call('GET', `/admin/complaints/${trackingNo}`)).body;
      assert.equal(erased.contact, null);
      assert.equal((await call('GET', `/admin/complaints/${trackingNo}/contact`)).body.contact, null);
      assert.equal(erased.contactErasedAt, later.toISOString());
      assert.equal(erased.description, '窗口工作人员态度冷淡，问了两遍才回答。', 'the complaint itself stays');
      assert.equal(erased.wantsReply, true);

      assert.notEqual(
        (await call('GET', `/admin/complaints/${open.body.trackingNo}`)).body.contact,
        null,
        'an open complaint keeps its contact',
      );
      assert.equal(await eraseExpiredContacts(store, 180, new Date(closedAt + 400 * DAY)), 0, 'nothing left to erase');
    });

    run(
      'the collector erases due contact details as soon as it starts, and logs how many without them',
      async (call, trackingNo, store) => {
        await call('POST', `/admin/complaints/${trackingNo}/finding`, { finding: 'unverifiable', reasons: '无法联系当事人核实。' });
        await call('POST', `/admin/complaints/${trackingNo}/reply`, { publicReply: '已办结', status: 'closed' });
        await new Promise((resolve) => setTimeout(resolve, 5));
        const lines: { msg: string; fields?: Record<string, unknown> }[] = [];
        const log = { ...silentLogger, info: (msg: string, fields?: Record<string, unknown>) => lines.push({ msg, fields }) };
        await schedulePersonalDataErasure(store, { ...DEFAULT_PERSONAL_DATA_RETENTION, contactDays: 0 }, log).stop(); // stop waits for the run made at start
        assert.deepEqual(lines, [{ msg: 'complaint contact details erased', fields: { complaints: 1, retentionDays: 0 } }]);
        assert.equal((await call('GET', `/admin/complaints/${trackingNo}`)).body.contact, null);
      },
    );
  });
}
