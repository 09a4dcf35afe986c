import assert from 'node:assert/strict';
import { describe } from 'node:test';
import { complaintSecret, uuidv7, validateTrackingNumber } from '@manyi/core';
import { backends } from './test-support/backends.js';
import { hallTest } from './test-support/hall-tests.js';
import { upload } from './test-support/http.js';
import { CONTACT, kioskComplaint } from './test-support/records.js';

const WEB_COMPLAINT = {
  stationId: 'hall',
  category: 'delay',
  windowId: 'w2',
  description: '材料齐全却被要求下周再来，我叫张三，电话13800001111。',
  wantsReply: false,
};

/** Fields that may hold personal data and must never be in a public answer. */
const PERSONAL = ['contact', 'description', 'consent', 'name', 'phone'];

for (const backend of backends()) {
  describe(`complaints from the web channel and kiosks on ${backend.name}`, { skip: backend.skip }, () => {
    const run = hallTest(backend);

    run('a web complaint gets a checked tracking number on the collector node, channel and provenance web', async (call) => {
      const filed = await call('POST', '/public/complaints', { ...WEB_COMPLAINT, ...CONTACT }, null);
      assert.equal(filed.status, 201, filed.text);
      const check = validateTrackingNumber(filed.body.trackingNo, { prefixes: ['TS'] });
      assert.ok(check.valid);
      assert.equal(check.parts.node, 0, 'node 0 is the collector’s own');
      const second = await call('POST', '/public/complaints', WEB_COMPLAINT, null);
      assert.equal(validateTrackingNumber(second.body.trackingNo).valid && second.body.trackingNo !== filed.body.trackingNo, true);

      const { body: kept } = await call('GET', `/admin/complaints/${filed.body.trackingNo}`);
      assert.equal(kept.channel, 'web');
      assert.equal(kept.provenance, 'web');
      assert.equal(kept.deviceId, null);
      assert.equal(kept.status, 'received');
      assert.deepEqual(kept.contact, { name: '王先生', phone: '139****5678' }, 'masked in the detail');
      const { body: shown } = await call('GET', `/admin/complaints/${filed.body.trackingNo}/contact`);
      assert.deepEqual(shown.contact, { name: '王先生', phone: '13912345678' }, 'kept whole');
    });

    run('sending the same id again answers the same tracking number; other content under that id is a conflict', async (call) => {
      const id = uuidv7();
      const first = await call('POST', '/public/complaints', { ...WEB_COMPLAINT, id }, null);
      const again = await call('POST', '/public/complaints', { ...WEB_COMPLAINT, id }, null);
      assert.equal(first.status, 201);
      assert.equal(again.status, 200);
      assert.equal(again.body.trackingNo, first.body.trackingNo);
      const changed = await call('POST', '/public/complaints', { ...WEB_COMPLAINT, id, description: '另一件事' }, null);
      assert.equal(changed.status, 409);
      assert.match(changed.body.error.message, /^id: /);
    });

    run('the status look-up shows status, dates and the public reply, never contact details or the description', async (call) => {
      const { body: filed } = await call('POST', '/public/complaints', { ...WEB_COMPLAINT, ...CONTACT }, null);
      assert.match(filed.secret, /^[0-9A-HJKMNP-TV-Z]{6}$/);
      const status = await call('GET', `/public/complaints/${filed.trackingNo}?secret=${filed.secret}`, undefined, null);
      assert.equal(status.status, 200);
      assert.equal(status.body.status, 'received');
      assert.equal(status.body.category, 'delay');
      assert.equal(status.body.publicReply, null);
      assert.ok(Date.parse(status.body.receivedAt) > 0);
      for (const field of PERSONAL) assert.equal(field in status.body, false, field);
      assert.doesNotMatch(status.text, /13912345678|王先生|张三|13800001111/);

      const typedSloppily = filed.trackingNo.toLowerCase().replaceAll('-', ' ').replaceAll('0', 'o');
      assert.equal(
        (await call('GET', `/public/complaints/${encodeURIComponent(typedSloppily)}?secret=${filed.secret.toLowerCase()}`, undefined, null))
          .body.trackingNo,
        filed.trackingNo,
      );
      // Without its secret, or with another, the number is answered exactly as an unknown one.
      const unknown = await call('GET', '/public/complaints/TS-250128-7K04AK', undefined, null);
      const otherSecret = filed.secret.startsWith('A') ? `B${filed.secret.slice(1)}` : `A${filed.secret.slice(1)}`;
      for (const query of ['', '?secret=', `?secret=${otherSecret}`]) {
        const refused = await call('GET', `/public/complaints/${filed.trackingNo}${query}`, undefined, null);
        assert.equal(refused.status, 404, query);
        assert.equal(refused.text.replace(filed.trackingNo, 'N'), unknown.text.replace('TS-250128-7K04AK', 'N'), query);
      }
    });

    run('a mistyped tracking number is a 400 naming the check; a well-formed unknown one is a 404', async (call) => {
      const { body: filed } = await call('POST', '/public/complaints', WEB_COMPLAINT, null);
      const last = filed.trackingNo.at(-1);
      const wrong = filed.trackingNo.slice(0, -1) + (last === 'A' ? 'B' : 'A');
      const mistyped = await call('GET', `/public/complaints/${wrong}`, undefined, null);
      assert.equal(mistyped.status, 400);
      assert.equal(mistyped.body.error.code, 'invalid-tracking-number');
      assert.match(mistyped.body.error.message, /misheard, mistyped or swapped/);
      const unknown = await call('GET', '/public/complaints/TS-250128-7K04AK', undefined, null);
      assert.equal(unknown.status, 404);
      assert.equal(unknown.body.error.code, 'complaint-not-found');
    });

    run(
      'a web complaint is refused with the field named when it is incomplete, names what the hall lacks, or brings its own number',
      async (call) => {
        const cases: [unknown, RegExp][] = [
          [{ ...WEB_COMPLAINT, wantsReply: true }, /^contact: a reply needs a phone number/],
          [{ ...WEB_COMPLAINT, contact: { phone: '13912345678' } }, /^consent: /],
          [{ ...WEB_COMPLAINT, windowId: 'w9' }, /^windowId: no window "w9"/],
          [{ ...WEB_COMPLAINT, stationId: 'nowhere' }, /^stationId: no station "nowhere"/],
          [{ ...WEB_COMPLAINT, category: 'weather' }, /^category: /],
          [{ ...WEB_COMPLAINT, trackingNo: 'TS-250128-7K04AK' }, /^trackingNo: the collector makes/],
          [{ ...WEB_COMPLAINT, channel: 'device' }, /^channel: /],
          [{ ...WEB_COMPLAINT, description: '   ' }, /^description: must not be empty/],
        ];
        for (const [body, message] of cases) {
          const answer = await call('POST', '/public/complaints', body, null);
          assert.equal(answer.status, 400, JSON.stringify(body));
          assert.equal(answer.body.error.code, 'invalid-complaint');
          assert.match(answer.body.error.message, message);
        }
        assert.equal((await call('POST', '/public/complaints', '{not json', null)).status, 400);
      },
    );

    run('any origin may call the public channel: a CORS preflight is answered without a token', async (call) => {
      const preflight = await call('OPTIONS', '/public/complaints', undefined, null, {
        origin: 'https://www.gov.example',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type',
      });
      assert.equal(preflight.status, 204);
      assert.equal(preflight.headers.get('access-control-allow-origin'), '*');
      assert.match(preflight.headers.get('access-control-allow-methods') ?? '', /POST/);
      const admin = await call('OPTIONS', '/admin/complaints', undefined, null, { origin: 'https://www.gov.example' });
      assert.equal(admin.headers.get('access-control-allow-origin'), null, 'the admin API is not opened to other origins');
    });

    run('a kiosk complaint in a batch is stored with its tracking number and can be looked up', async (call, device) => {
      assert.equal(typeof device.trackingNode, 'number');
      const complaint = kioskComplaint(device.trackingNode ?? -1, { ...CONTACT });
      const sent = await upload(call, device, [complaint]);
      assert.deepEqual(sent.body.results, [{ id: complaint.id, status: 'accepted' }]);
      assert.deepEqual((await upload(call, device, [complaint])).body.results, [{ id: complaint.id, status: 'duplicate' }]);

      const status = await call(
        'GET',
        `/public/complaints/${complaint.trackingNo}?secret=${complaintSecret(complaint.id)}`,
        undefined,
        null,
      );
      assert.equal(status.body.status, 'received');
      const { body: kept } = await call('GET', `/admin/complaints/${complaint.trackingNo}`);
      assert.equal(kept.provenance, 'device');
      assert.equal(kept.deviceId, device.deviceId);
      assert.equal(kept.description, complaint.description);
    });

    run('a second complaint with a tracking number already taken is rejected and not stored', async (call, device) => {
      const first = kioskComplaint(device.trackingNode ?? -1);
      const copycat = { ...kioskComplaint(device.trackingNode ?? -1), trackingNo: first.trackingNo };
      const { body } = await upload(call, device, [first, copycat]);
      assert.equal(body.results[0].status, 'accepted');
      assert.equal(body.results[1].status, 'rejected');
      assert.equal(body.results[1].error.code, 'tracking-number-taken');
      const again = await upload(call, device, [copycat]);
      assert.equal(again.body.results[0].error.code, 'tracking-number-taken', 'nothing of it was kept');
      const { body: list } = await call('GET', '/admin/complaints?station=hall');
      assert.deepEqual(
        list.items.map((c: { recordId: string }) => c.recordId),
        [first.id],
      );
    });
  });
}
