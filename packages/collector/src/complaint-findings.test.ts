import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Store } from './store/store.js';
import { backends } from './test-support/backends.js';
import type { ApiCall } from './test-support/http.js';
import { permissionFixture } from './test-support/permission-fixture.js';

const year = () => Number(new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 4));

for (const backend of backends()) {
  describe(`complaints handled to a finding (${backend.name})`, { skip: backend.skip }, () => {
    let db: Awaited<ReturnType<typeof backend.fresh>>;
    let store: Store;
    let call: ApiCall;
    let as: (username: string) => Promise<(method: string, path: string, body?: unknown) => ReturnType<ApiCall>>;
    before(async () => {
      db = await backend.fresh();
      store = db.store;
      const f = await permissionFixture(store);
      call = f.call;
      as = async (username) => {
        const token = await f.session(username);
        return (method, path, body) => call(method, path, body, token);
      };
    });
    after(() => db?.dispose());

    /** A web complaint naming the clerk 李娜 (s1) at the hall. */
    const fileAgainstLiNa = async () =>
      (
        await call(
          'POST',
          '/public/complaints',
          { stationId: 'hall', category: 'attitude', staffId: 's1', description: '工作人员态度蛮横。', wantsReply: false },
          null,
        )
      ).body.trackingNo as string;
    const liNa = async () => {
      const points = await call('GET', `/admin/stations/hall/staff-points?year=${year()}`);
      return points.body.staff.find((s: { staffId: string }) => s.staffId === 's1');
    };

    test('查实 costs 4 points and brings a warning talk; 不属实 costs nothing; closing alone costs nothing', async () => {
      const boss = await as('boss');
      const found = await fileAgainstLiNa();
      const cleared = await fileAgainstLiNa();
      assert.equal((await liNa()).points, 12, 'complaints without a finding cost nothing');
      assert.equal((await liNa()).pending, 2);

      const noReasons = await boss('POST', `/admin/complaints/${found}/finding`, { finding: 'substantiated' });
      assert.equal(noReasons.status, 400);
      assert.match(noReasons.body.error.message, /^reasons: /);
      const blank = await boss('POST', `/admin/complaints/${found}/finding`, { finding: 'substantiated', reasons: '   ' });
      assert.equal(blank.status, 400, 'blank reasons are no reasons');

      const finding = await boss('POST', `/admin/complaints/${found}/finding`, {
        finding: 'substantiated',
        reasons: '调取录像，情况属实。',
      });
      assert.equal(finding.status, 200, finding.text);
      assert.equal(finding.body.finding.code, 'substantiated');
      assert.equal(finding.body.finding.by, 'boss', 'the finding is signed by the person signed in');
      await boss('POST', `/admin/complaints/${cleared}/finding`, { finding: 'unsubstantiated', reasons: '录像显示工作人员解释耐心。' });
      await boss('POST', `/admin/complaints/${cleared}/reply`, { publicReply: '经核实，反映情况不属实。', status: 'closed' });

      let li = await liNa();
      assert.equal(li.points, 8);
      assert.deepEqual(
        li.deductions.map((d: { trackingNo: string; finding: string; talk: unknown }) => [d.trackingNo, d.finding, d.talk]),
        [[found, 'substantiated', null]],
        'one deduction, its talk not yet held',
      );

      const talkless = await boss('POST', `/admin/complaints/${cleared}/warning-talk`, { heldAt: new Date().toISOString(), notes: '谈话' });
      assert.equal(talkless.status, 409, 'a complaint that costs nothing brings no talk');
      const future = new Date(Date.now() + 86_400_000).toISOString();
      assert.equal((await boss('POST', `/admin/complaints/${found}/warning-talk`, { heldAt: future, notes: '谈话' })).status, 400);
      const talk = await boss('POST', `/admin/complaints/${found}/warning-talk`, {
        heldAt: new Date(Date.now() - 3_600_000).toISOString(),
        notes: '指出服务态度问题，本人表示接受并改正。',
      });
      assert.equal(talk.status, 200, talk.text);
      assert.equal(talk.body.warningTalk.heldBy, 'boss');
      li = await liNa();
      assert.equal(li.deductions[0].talk.heldBy, 'boss');
      assert.deepEqual(
        (await call('GET', `/admin/complaints/${found}`)).body.history.map((e: { action: string }) => e.action),
        ['finding', 'talk'],
      );
    });

    test("voiding is a supervisor's: the complaint closes and the points come back", async () => {
      const found = await fileAgainstLiNa();
      const boss = await as('boss');
      await boss('POST', `/admin/complaints/${found}/finding`, { finding: 'substantiated', reasons: '属实。' });
      const before = (await liNa()).points;
      const byManager = await boss('POST', `/admin/complaints/${found}/void`, { reason: '投诉人系恶意投诉' });
      assert.equal(byManager.status, 403);
      const sup = await as('sup-in');
      assert.equal((await sup('POST', `/admin/complaints/${found}/void`, {})).status, 400, 'no voiding without a reason');
      const voided = await sup('POST', `/admin/complaints/${found}/void`, { reason: '复核：录像显示系误认工作人员。' });
      assert.equal(voided.status, 200, voided.text);
      assert.equal(voided.body.status, 'closed');
      assert.equal(voided.body.voided.by, 'sup-in');
      assert.equal((await liNa()).points, before + 4);
      const again = await boss('POST', `/admin/complaints/${found}/finding`, { finding: 'partly', reasons: '再议' });
      assert.equal(again.status, 409);
      assert.equal(again.body.error.code, 'complaint-voided');
    });

    test('the staff member appeals a 查实 finding; the supervisor decides, and only the supervisor', async () => {
      const boss = await as('boss');
      const sup = await as('sup-in');
      const [kept, overturned] = [await fileAgainstLiNa(), await fileAgainstLiNa()];
      const early = await boss('POST', `/admin/complaints/${kept}/appeal`, { note: '当时系按规定办理' });
      assert.equal(early.status, 409, 'nothing to appeal before a finding that costs points');
      for (const no of [kept, overturned])
        await boss('POST', `/admin/complaints/${no}/finding`, { finding: 'substantiated', reasons: '属实' });
      const points = (await liNa()).points;
      for (const no of [kept, overturned]) {
        const filed = await boss('POST', `/admin/complaints/${no}/appeal`, { note: '李娜申诉：录像中为另一名工作人员。' });
        assert.equal(filed.status, 200, filed.text);
        assert.equal(filed.body.appeal.decision, null);
      }
      assert.equal((await boss('POST', `/admin/complaints/${kept}/appeal`, { note: '再次申诉' })).status, 409);
      const byManager = await boss('POST', `/admin/complaints/${kept}/appeal-decision`, { decision: 'overturned', note: '自己定' });
      assert.equal(byManager.status, 403, 'the station does not decide its own appeal');
      const upheld = await sup('POST', `/admin/complaints/${kept}/appeal-decision`, {
        decision: 'upheld',
        note: '录像清晰，维持查实结论。',
      });
      assert.equal(upheld.status, 200, upheld.text);
      assert.equal(upheld.body.appeal.decidedBy, 'sup-in');
      assert.equal((await liNa()).points, points, 'an upheld finding keeps its points');
      const won = await sup('POST', `/admin/complaints/${overturned}/appeal-decision`, {
        decision: 'overturned',
        note: '确系误认，撤销。',
      });
      assert.equal(won.status, 200, won.text);
      assert.equal(won.body.voided.reason, '确系误认，撤销。');
      assert.equal((await liNa()).points, Math.min(12, points + 4), 'an overturned finding gives the points back');
      assert.equal((await sup('POST', `/admin/complaints/${kept}/appeal-decision`, { decision: 'overturned', note: '改判' })).status, 409);
    });

    test('部分查实 costs points only where the station says so', async () => {
      const partly = await fileAgainstLiNa();
      await call('POST', `/admin/complaints/${partly}/finding`, { finding: 'partly', reasons: '等候过长属实，态度问题未查实。' });
      const before = (await liNa()).points;
      const settings = (await call('GET', '/admin/stations/hall/handling-settings')).body;
      const set = await call('PUT', '/admin/stations/hall/handling-settings', { ...settings, partlySubstantiatedDeducts: true });
      assert.equal(set.status, 200, set.text);
      assert.equal((await liNa()).points, Math.max(0, before - 4));
      await call('PUT', '/admin/stations/hall/handling-settings', settings);
    });

    test('a manager does not judge a complaint about themselves', async () => {
      await store.accounts.create({
        username: 'lina-mgr',
        displayName: '李娜',
        role: 'manager',
        stationId: 'hall',
        passwordHash: 'scrypt$unusable',
        mustChangePassword: false,
      });
      const self = await as('lina-mgr');
      const mine = await fileAgainstLiNa();
      const refused = await self('POST', `/admin/complaints/${mine}/finding`, { finding: 'unsubstantiated', reasons: '不属实' });
      assert.equal(refused.status, 403);
      assert.match(refused.body.error.message, /supervisor/);
      const sup = await as('sup-in');
      assert.equal((await sup('POST', `/admin/complaints/${mine}/finding`, { finding: 'unsubstantiated', reasons: '不属实' })).status, 200);
    });

    test('satisfaction is asked after the reply; a dissatisfied citizen can have it reopened', async () => {
      const boss = await as('boss');
      const no = await fileAgainstLiNa();
      const early = await boss('POST', `/admin/complaints/${no}/satisfaction`, { level: 'satisfied' });
      assert.equal(early.status, 409);
      assert.equal(early.body.error.code, 'complaint-not-replied');
      await boss('POST', `/admin/complaints/${no}/assign`, { assignee: '刘强' });
      await boss('POST', `/admin/complaints/${no}/finding`, { finding: 'unsubstantiated', reasons: '不属实' });
      await boss('POST', `/admin/complaints/${no}/reply`, { publicReply: '经核实不属实。', status: 'closed' });
      const wrong = await boss('POST', `/admin/complaints/${no}/satisfaction`, { level: 'satisfied', reopen: true });
      assert.equal(wrong.status, 400);
      const reopened = await boss('POST', `/admin/complaints/${no}/satisfaction`, {
        level: 'dissatisfied',
        reopen: true,
        note: '要求重新调查',
      });
      assert.equal(reopened.status, 200, reopened.text);
      assert.equal(reopened.body.status, 'assigned');
      assert.equal(reopened.body.closedAt, null);
      assert.equal(reopened.body.satisfaction.level, 'dissatisfied');
      assert.equal(reopened.body.satisfaction.via, 'phone');
      await boss('POST', `/admin/complaints/${no}/reply`, { publicReply: '重新调查后仍不属实，已当面说明。', status: 'closed' });
      const content = await boss('POST', `/admin/complaints/${no}/satisfaction`, { level: 'fairly-satisfied', via: 'keyed' });
      assert.equal(content.body.satisfaction.level, 'fairly-satisfied');
      assert.equal(content.body.status, 'closed');
    });

    test('the figures count what was handled, for the station and for its region; observers read them', async () => {
      const all = await store.complaints.list({ stationId: 'hall', limit: 1000 });
      const station = await call('GET', '/admin/complaint-figures?station=hall');
      assert.equal(station.status, 200, station.text);
      const t = station.body.totals;
      assert.equal(t.received, all.length);
      assert.equal(t.closed, all.filter((c) => c.status === 'closed').length);
      assert.equal(t.substantiated, all.filter((c) => c.voided === null && c.finding?.code === 'substantiated').length);
      assert.equal(t.voided, all.filter((c) => c.voided !== null).length);
      assert.ok(t.voided >= 1);
      assert.equal(t.satisfactionAsked, 1);
      assert.equal(t.satisfactionRate, 1, 'fairly satisfied on the last callback');
      assert.deepEqual(
        station.body.byStation.map((s: { key: string }) => s.key),
        ['hall'],
      );
      const watcher = await as('watcher');
      const region = await watcher('GET', '/admin/complaint-figures?region=city');
      assert.equal(region.status, 200, region.text);
      assert.deepEqual(region.body.totals, t, 'the hall is the only station of its region with complaints');
      assert.equal((await call('GET', '/admin/complaint-figures')).status, 400);
      assert.equal((await call('GET', '/admin/complaint-figures?station=nowhere')).status, 404);
    });
  });
}
