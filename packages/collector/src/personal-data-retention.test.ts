import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { type NoticeRecord, uuidv7 } from '@manyi/core';
import { DEFAULT_PERSONAL_DATA_RETENTION, erasePersonalData } from './retention.js';
import { backends } from './test-support/backends.js';
import { badReview } from './test-support/bad-reviews.js';
import { type ApiCall, apiClient, hallWithDevice, upload } from './test-support/http.js';
import { CONTACT, kioskComplaint } from './test-support/records.js';

const DAY = 86_400_000;
const COMMENT = '窗口人员态度生硬';
const DESCRIPTION = '窗口工作人员态度冷淡，问了两遍才回答。';
const PHONE = '13912345678';
const OPEN_DESCRIPTION = '大厅没有座位，等了一个小时。';
const APPLICANT_PHONE = '13800138000';

const notice = (at: Date): NoticeRecord => ({
  id: uuidv7(at.getTime()),
  kind: 'notice',
  createdAt: at.toISOString(),
  stationId: 'hall',
  channel: 'device',
  noticeNo: 'GZ-0001',
  windowId: 'w1',
  serviceItemId: 'sfz',
  applicant: { name: '张伟', phone: APPLICANT_PHONE },
  items: [{ name: '户口簿', problem: 'missing' }],
});

for (const backend of backends()) {
  describe(`personal data is erased once its retention ends (${backend.name})`, { skip: backend.skip }, () => {
    let db: Awaited<ReturnType<typeof backend.fresh>>;
    let call: ApiCall;
    let closedNo: string;
    let openNo: string;
    before(async () => {
      db = await backend.fresh();
      call = apiClient(db.store);
      const device = await hallWithDevice(call);
      const node = device.trackingNode ?? -1;
      const closed = kioskComplaint(node, { ...CONTACT });
      const open = kioskComplaint(node, { ...CONTACT, description: OPEN_DESCRIPTION });
      await upload(call, device, [badReview(new Date()), notice(new Date()), closed, open]);
      closedNo = closed.trackingNo;
      openNo = open.trackingNo;
      await call('POST', `/admin/complaints/${closedNo}/finding`, { finding: 'unsubstantiated', reasons: '不属实' });
      await call('POST', `/admin/complaints/${closedNo}/reply`, { publicReply: '已办结', status: 'closed' });
      await call('POST', '/admin/stations/hall/consultations', {
        channel: 'phone',
        receivedAt: new Date().toISOString(),
        topic: '换证要带什么？',
        contact: { phone: PHONE },
      });
    });
    after(() => db?.dispose());

    const everywhere = async () =>
      [
        (await call('GET', '/admin/export.csv?station=hall&kind=rating')).text,
        (await call('GET', '/admin/export.csv?station=hall&kind=complaint&includePersonal=true')).text,
        JSON.stringify((await call('GET', '/admin/complaints?station=hall')).body),
        JSON.stringify((await call('GET', '/admin/stations/hall/consultations')).body),
        JSON.stringify(await db.store.cases.listNotices({ stationId: 'hall' })),
      ].join('\n');

    test('nothing is erased before its time', async () => {
      const erased = await erasePersonalData(db.store, DEFAULT_PERSONAL_DATA_RETENTION, new Date(Date.now() + 100 * DAY));
      assert.deepEqual(Object.values(erased), [0, 0, 0, 0, 0, 0]);
      const seen = await everywhere();
      for (const kept of [COMMENT, DESCRIPTION, PHONE, APPLICANT_PHONE, '张伟', '换证要带什么？']) assert.ok(seen.includes(kept), kept);
    });

    test('after it, no API shows the comment, description, contact or applicant; the records stay', async () => {
      const later = new Date(Date.now() + 1100 * DAY);
      const erased = await erasePersonalData(db.store, DEFAULT_PERSONAL_DATA_RETENTION, later);
      assert.deepEqual(erased, { contacts: 1, openContacts: 1, descriptions: 1, consultations: 1, ratingComments: 1, noticeApplicants: 1 });
      const seen = await everywhere();
      for (const gone of [COMMENT, DESCRIPTION, PHONE, APPLICANT_PHONE, '张伟', '换证要带什么？']) assert.ok(!seen.includes(gone), gone);
      const open = (await call('GET', `/admin/complaints/${openNo}`)).body;
      assert.equal(open.contact, null, 'an open complaint nobody replied to in a year keeps no contact');
      assert.equal(open.description, OPEN_DESCRIPTION, 'its description stays while it is open');
      const closed = (await call('GET', `/admin/complaints/${closedNo}`)).body;
      assert.equal(closed.description, '');
      assert.equal(closed.descriptionErasedAt, later.toISOString());
      assert.equal(
        (await call('GET', '/admin/export.csv?station=hall&kind=rating')).text.split('\r\n').filter(Boolean).length,
        2,
        'the rating stays',
      );
      const again = await erasePersonalData(db.store, DEFAULT_PERSONAL_DATA_RETENTION, later);
      assert.deepEqual(Object.values(again), [0, 0, 0, 0, 0, 0], 'nothing left to erase');
    });
  });
}
