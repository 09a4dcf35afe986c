import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { auditKind } from './http/audit-trail.js';
import { API_OPERATIONS } from './routes/index.js';
import type { Store } from './store/store.js';
import { backends } from './test-support/backends.js';
import { type ApiCall, apiClient, hallWithDevice, upload } from './test-support/http.js';
import { CONTACT, kioskComplaint, rating } from './test-support/records.js';

interface Entry {
  seq: number;
  actor: string;
  role: string;
  action: string;
  target: string | null;
  stationId: string | null;
  requestId: string | null;
  outcome: number;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

const trail = async (call: ApiCall, query = ''): Promise<Entry[]> => {
  const answer = await call('GET', `/admin/audit${query}`);
  assert.equal(answer.status, 200, answer.text);
  return answer.body.items;
};

describe('which routes the audit trail records, by their declarations', () => {
  test('every change is recorded unless the route says it is the data itself arriving, never for a person’s call', () => {
    for (const route of API_OPERATIONS) {
      if (route.method === 'get' || auditKind(route, () => ({})) === 'change') continue;
      assert.ok(route.unaudited, `${route.id} is neither audited nor says why not`);
      assert.ok(route.auth === 'device' || route.auth === 'public', `${route.id}: a change by a person is always audited`);
    }
    const unaudited = API_OPERATIONS.filter((r) => r.unaudited).map((r) => r.id);
    assert.deepEqual(unaudited.sort(), ['fileComplaint', 'submitRating', 'uploadBatch']);
  });

  test('no route changes or deletes an audit entry: the trail’s routes only read', () => {
    const auditRoutes = API_OPERATIONS.filter((r) => r.path.startsWith('/api/v1/admin/audit'));
    assert.deepEqual(
      auditRoutes.map((r) => `${r.method} ${r.path}`),
      ['get /api/v1/admin/audit', 'get /api/v1/admin/audit.csv'],
    );
  });
});

for (const backend of backends()) {
  describe(`the audit trail over HTTP on ${backend.name}`, { skip: backend.skip }, () => {
    const run = (name: string, body: (call: ApiCall, store: Store, device: { deviceId: string; token: string }) => Promise<void>) =>
      test(name, async () => {
        const db = await backend.fresh();
        try {
          const call = apiClient(db.store);
          await body(call, db.store, await hallWithDevice(call));
        } finally {
          await db.dispose();
        }
      });

    run('a station PATCH is recorded under admin-token with before → after, and a PIN only as changed', async (call) => {
      const patched = await call('PATCH', '/admin/stations/hall', { cooldownMs: 8000, kioskPin: '482913' });
      assert.equal(patched.status, 200, patched.text);
      const [entry] = await trail(call, '?action=updateStation');
      assert.ok(entry);
      assert.deepEqual(
        [entry.actor, entry.role, entry.target, entry.stationId, entry.outcome],
        ['admin-token', 'admin', 'hall', 'hall', 200],
      );
      assert.equal(entry.requestId, patched.headers.get('x-request-id'));
      assert.equal(entry.before?.cooldownMs, 5000);
      assert.equal(entry.after?.cooldownMs, 8000);
      assert.equal(entry.after?.kioskPin, 'changed');
      assert.doesNotMatch(JSON.stringify(await call('GET', '/admin/audit')), /482913/, 'the PIN itself is nowhere in the trail');

      const put = await call('PUT', '/admin/stations/hall/handling-settings', { rectifyWorkingDays: 10 });
      assert.equal(put.status, 200, put.text);
      const [settings] = await trail(call, '?action=putHandlingSettings');
      assert.deepEqual([settings?.before?.rectifyWorkingDays, settings?.after?.rectifyWorkingDays], [15, 10]);
    });

    run('reading personal data is recorded; reading figures and uploading batches are not', async (call, _store, device) => {
      const complaint = kioskComplaint((device as { trackingNode?: number }).trackingNode ?? -1, { ...CONTACT });
      await upload(call, device, [complaint, rating()]);
      const before = (await trail(call)).length;
      assert.equal((await call('GET', '/admin/stations/hall')).status, 200);
      assert.equal((await call('GET', '/admin/export.csv?station=hall&kind=complaint')).status, 200);
      assert.equal((await trail(call)).length, before, 'no personal data read, nothing recorded; the upload neither');

      assert.equal((await call('GET', `/admin/complaints/${complaint.trackingNo}`)).status, 200);
      assert.equal((await call('GET', '/admin/complaints?station=hall')).status, 200);
      assert.equal((await call('GET', '/admin/export.csv?station=hall&kind=complaint&includePersonal=true')).status, 200);
      const reads = (await trail(call)).slice(0, 3);
      assert.deepEqual(
        reads.map((e) => [e.action, e.target, e.stationId]),
        [
          ['exportCsv', 'complaints', 'hall'],
          ['listComplaints', 'hall', 'hall'],
          ['getComplaint', complaint.trackingNo, 'hall'],
        ],
      );
      assert.ok(reads.every((e) => e.actor === 'admin-token'));
    });

    run('enrolment, revocation and refused calls: who, and what came of it', async (call, _store, device) => {
      const [enrolled] = await trail(call, '?action=enrollDevice');
      assert.deepEqual([enrolled?.actor, enrolled?.target, enrolled?.stationId], ['public', `device:${device.deviceId}`, 'hall']);
      assert.equal((await call('POST', `/admin/devices/${device.deviceId}/revoke`)).status, 200);
      const [revoked] = await trail(call, '?action=revokeDevice');
      assert.deepEqual([revoked?.target, revoked?.stationId], [device.deviceId, 'hall']);

      const unknown = await call('PATCH', '/admin/stations/nowhere', { cooldownMs: 8000 });
      assert.equal(unknown.status, 404);
      const wrongToken = await call('PATCH', '/admin/stations/hall', { cooldownMs: 1 }, 'not-the-admin-token-at-all');
      assert.equal(wrongToken.status, 401);
      assert.deepEqual(await trail(call, '?action=updateStation'), [], 'a call that changed nothing leaves no entry');
    });

    run('the trail filters by station, actor, action and time, pages newest first, and exports as CSV', async (call) => {
      for (const ms of [6000, 7000, 8000]) await call('PATCH', '/admin/stations/hall', { cooldownMs: ms });
      const first = await call('GET', '/admin/audit?action=updateStation&limit=2');
      assert.deepEqual(
        first.body.items.map((e: Entry) => e.after?.cooldownMs),
        [8000, 7000],
      );
      const rest = await call('GET', `/admin/audit?action=updateStation&limit=2&cursor=${first.body.nextCursor}`);
      assert.deepEqual(
        rest.body.items.map((e: Entry) => e.after?.cooldownMs),
        [6000],
      );
      assert.equal(rest.body.nextCursor, undefined);
      assert.equal((await trail(call, '?station=elsewhere')).length, 0);
      assert.equal((await trail(call, '?actor=someone')).length, 0);
      assert.equal((await trail(call, '?from=2001-01-01&to=2001-01-02')).length, 0);
      assert.ok((await trail(call, `?from=${new Date(Date.now() - 60_000).toISOString()}`)).length >= 3);
      assert.equal((await call('GET', '/admin/audit?cursor=abc')).status, 400);

      const csv = await call('GET', '/admin/audit.csv?action=updateStation');
      assert.equal(csv.status, 200);
      assert.match(csv.headers.get('content-type') ?? '', /text\/csv/);
      assert.ok(csv.text.startsWith('\uFEFF序号,'), 'a BOM, then the zh-CN headers');
      const lines = csv.text.trim().split('\r\n');
      assert.equal(lines.length, 4, 'a header and three entries');
      assert.match(lines[1] ?? '', /admin-token/);
    });

    run('a case’s history names who acted from the credentials, not from the body', async (call, store, device) => {
      await upload(call, device, [rating({ answer: 1, level: 1, reasons: ['attitude'] })]);
      const [found] = await store.cases.listCases({ stationId: 'hall' });
      assert.ok(found);
      const moved = await call('POST', `/admin/cases/${found.ratingId}/transitions`, { to: 'called-back', note: '已回访', by: '纪检组长' });
      assert.equal(moved.status, 200, moved.text);
      assert.equal(moved.body.history[0].by, 'admin-token');
      const [entry] = await trail(call, '?action=transitionCase');
      assert.deepEqual([entry?.target, entry?.stationId], [found.ratingId, 'hall']);
    });

    run('no call through the API changes or deletes an entry', async (call) => {
      await call('PATCH', '/admin/stations/hall', { cooldownMs: 6000 });
      const kept = await call('GET', '/admin/audit');
      for (const method of ['POST', 'PUT', 'PATCH', 'DELETE']) {
        for (const path of ['/admin/audit', `/admin/audit/${kept.body.items[0].seq}`]) {
          const answer = await call(method, path, {});
          assert.ok([404, 405].includes(answer.status), `${method} ${path}: ${answer.status}`);
        }
      }
      assert.deepEqual((await call('GET', '/admin/audit')).body, kept.body);
    });
  });
}
