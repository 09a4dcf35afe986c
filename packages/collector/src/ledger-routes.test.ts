import assert from 'node:assert/strict';
import { describe } from 'node:test';
import { type NoticeRecord, uuidv7 } from '@manyi/core';
import { CaseListSchema, CaseSummarySchema, HandlingSettingsSchema } from './schemas/cases.js';
import { AdminComplaintDetailSchema, MisuseListSchema, NoticeAuditSchema, StaffPointsSchema, StandingSchema } from './schemas/ledger.js';
import { backends } from './test-support/backends.js';
import { badReview } from './test-support/bad-reviews.js';
import { hallTest } from './test-support/hall-tests.js';
import { upload, uploadBackdated } from './test-support/http.js';
import { CONTACT, kioskComplaint, rating } from './test-support/records.js';

/** Fails with the first field that does not match the documented answer. */
function matches(schema: { safeParse(v: unknown): { success: boolean; error?: unknown } }, body: unknown): void {
  const parsed = schema.safeParse(body);
  assert.ok(parsed.success, `answer does not match its schema: ${JSON.stringify(parsed.error)}`);
}

function notice(noticeNo: string, materials: string[], at: Date, phone = '13800138000'): NoticeRecord {
  return {
    id: uuidv7(at.getTime()),
    kind: 'notice',
    createdAt: at.toISOString(),
    stationId: 'hall',
    channel: 'device',
    noticeNo,
    windowId: 'w1',
    serviceItemId: 'sfz',
    applicant: { name: '张伟', phone },
    items: materials.map((name) => ({ name, problem: 'missing' as const })),
  };
}

const NEW_ROUTES: [string, string][] = [
  ['GET', '/admin/cases'],
  ['GET', '/admin/cases/summary'],
  ['GET', '/admin/cases/0190a8e2-0000-7000-8000-000000000000'],
  ['POST', '/admin/cases/0190a8e2-0000-7000-8000-000000000000/transitions'],
  ['GET', '/admin/misuse'],
  ['POST', '/admin/records/0190a8e2-0000-7000-8000-000000000000/restore'],
  ['POST', '/admin/records/0190a8e2-0000-7000-8000-000000000000/exclude'],
  ['GET', '/admin/stations/hall/staff-points'],
  ['GET', '/admin/stations/hall/standing'],
  ['GET', '/admin/stations/hall/handling-settings'],
  ['PUT', '/admin/stations/hall/handling-settings'],
  ['GET', '/admin/notices/audit'],
  ['POST', '/admin/complaints/TS-250128-7K04AK/handover'],
];

for (const backend of backends()) {
  describe(`misuse, points, standing, notices and hand-overs on ${backend.name}`, { skip: backend.skip }, () => {
    const run = hallTest(backend);

    run('restoring a misuse burst counts it in /stats and opens its case; excluding it takes both back', async (call, device) => {
      const burst = [badReview(new Date(), { misuse: true }), rating({ misuse: true })];
      const counted = rating();
      await upload(call, device, [...burst, counted]);
      const total = async () => (await call('GET', '/admin/stats?station=hall')).body.overall.total;
      const caseIds = async () => (await call('GET', '/admin/cases?station=hall')).body.cases.map((c: { id: string }) => c.id);
      assert.equal(await total(), 1);
      assert.deepEqual(await caseIds(), []);

      const listed = await call('GET', '/admin/misuse?station=hall');
      matches(MisuseListSchema, listed.body);
      assert.deepEqual(
        listed.body.records.map((r: { id: string; flag: string }) => [r.id, r.flag]).sort(),
        [
          [burst[0]?.id, 'excluded'],
          [burst[1]?.id, 'excluded'],
        ].sort(),
      );
      assert.equal(listed.body.records.find((r: { id: string }) => r.id === burst[0]?.id).level, 1);

      const restored = await call('POST', `/admin/records/${burst[0]?.id}/restore`);
      assert.deepEqual(restored.body, { id: burst[0]?.id, restored: true });
      assert.equal((await call('POST', `/admin/records/${burst[0]?.id}/restore`)).status, 200, 'idempotent');
      assert.equal(await total(), 2, 'the restored rating counts');
      assert.deepEqual(await caseIds(), [burst[0]?.id], 'a restored bad review gets its case');
      const flags = (await call('GET', '/admin/misuse?station=hall')).body.records;
      assert.equal(flags.find((r: { id: string }) => r.id === burst[0]?.id).flag, 'restored');

      assert.deepEqual((await call('POST', `/admin/records/${burst[0]?.id}/exclude`)).body, { id: burst[0]?.id, restored: false });
      assert.equal(await total(), 1);
      assert.deepEqual(await caseIds(), []);

      const never = await call('POST', `/admin/records/${counted.id}/restore`);
      assert.equal(never.status, 409);
      assert.equal(never.body.error.code, 'not-flagged-as-misuse');
      assert.equal((await call('POST', '/admin/records/0190a8e2-0000-7000-8000-000000000000/restore')).status, 404);
    });

    run('staff points: 12 a year, 4 off for each substantiated complaint naming the clerk', async (call, device) => {
      const node = device.trackingNode ?? -1;
      const first = kioskComplaint(node, { staffId: 's1' });
      const second = kioskComplaint(node, { staffId: 's1' });
      await upload(call, device, [first, second, kioskComplaint(node)]);
      const found = await call('POST', `/admin/complaints/${first.trackingNo}/finding`, {
        finding: 'substantiated',
        reasons: '录像属实。',
      });
      assert.equal(found.status, 200, found.text);
      const year = Number(new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 4));
      const points = await call('GET', `/admin/stations/hall/staff-points?year=${year}`);
      assert.equal(points.status, 200, points.text);
      matches(StaffPointsSchema, points.body);
      assert.equal(points.body.year, year);
      const li = points.body.staff.find((s: { staffId: string }) => s.staffId === 's1');
      assert.equal(li.name, '李娜');
      assert.equal(li.points, 8, 'the complaint still without a finding deducts nothing yet');
      assert.equal(li.pending, 1);
      assert.equal(li.deductions.length, 1);
      assert.equal(li.deductions[0].trackingNo, first.trackingNo);
      assert.equal(li.deductions[0].points, 4);
      const lastYear = await call('GET', `/admin/stations/hall/staff-points?year=${year - 1}`);
      assert.equal(lastYear.body.staff.find((s: { staffId: string }) => s.staffId === 's1').points, 12);
      assert.equal((await call('GET', '/admin/stations/nowhere/staff-points')).status, 404);
      assert.equal((await call('GET', '/admin/stations/hall/staff-points?year=soon')).status, 400);
    });

    run('standing is lost with a reason when late bad reviews or the good-review rate miss the thresholds', async (call, device) => {
      const march = new Date('2026-03-10T02:00:00Z');
      await uploadBackdated(call, device, [
        badReview(new Date('2026-02-13T07:00:00Z')),
        ...[1, 2, 3].map((i) => rating({}, new Date(Date.UTC(2026, 1, 10 + i, 2)))),
        rating({}, march),
      ]);
      const february = await call('GET', '/admin/stations/hall/standing?month=2026-02');
      assert.equal(february.status, 200, february.text);
      matches(StandingSchema, february.body);
      assert.equal(february.body.standing, 'lost');
      assert.deepEqual(february.body.reasons, [
        '好评率 75.0%，低于 95.0% 的要求',
        '逾期处理的差评 1 件，超过允许的 0 件',
        '差评回复率 0.0%，低于 90.0% 的要求',
      ]);
      assert.equal(february.body.figures.ratings, 4);
      assert.equal(february.body.figures.lateCases, 1);
      const kept = await call('GET', '/admin/stations/hall/standing?month=2026-03');
      assert.deepEqual([kept.body.standing, kept.body.reasons], ['kept', []]);
      // Any period the dashboard shows is judged the same way: February as days equals the month.
      const asDays = await call('GET', '/admin/stations/hall/standing?from=2026-02-01&to=2026-02-28');
      assert.equal(asDays.body.month, '2026-02-01/2026-02-28');
      assert.deepEqual([asDays.body.reasons, asDays.body.figures], [february.body.reasons, february.body.figures]);
      const marchOnly = await call('GET', '/admin/stations/hall/standing?from=2026-03-01&to=2026-03-31');
      assert.equal(marchOnly.body.standing, 'kept');

      const settings = await call('PUT', '/admin/stations/hall/handling-settings', {
        standingThresholds: { minGoodReviewRate: 0.7, maxOverdueCases: 1, minReplyRate: 0 },
      });
      matches(HandlingSettingsSchema, settings.body);
      assert.equal(settings.body.rectifyWorkingDays, 15);
      assert.equal(
        (await call('GET', '/admin/stations/hall/standing?month=2026-02')).body.standing,
        'kept',
        'the station’s own thresholds',
      );
      const wrong = await call('PUT', '/admin/stations/hall/handling-settings', { rectifyWorkingDays: 0 });
      assert.equal(wrong.status, 400);
      assert.match(wrong.body.error.message, /rectifyWorkingDays/);
      assert.equal((await call('GET', '/admin/stations/hall/standing?month=2026-13')).status, 400);

      const summary = await call('GET', '/admin/cases/summary?station=hall&from=2026-02-01&to=2026-02-28');
      matches(CaseSummarySchema, summary.body);
      matches(CaseListSchema, (await call('GET', '/admin/cases?station=hall')).body);
    });

    run('the notice audit flags a material the first notice did not list, by phone hash only', async (call, device) => {
      const day = (d: number) => new Date(Date.UTC(2026, 10, d, 2));
      await upload(call, device, [
        notice('GZ-001', ['户口簿', '近期免冠照片'], day(2)),
        notice('GZ-002', ['户口簿', '居住证明'], day(5)),
        notice('GZ-003', ['结婚证'], day(3), '13900139000'),
      ]);
      const audit = await call('GET', '/admin/notices/audit?station=hall');
      assert.equal(audit.status, 200, audit.text);
      matches(NoticeAuditSchema, audit.body);
      assert.equal(audit.body.findings.length, 1);
      const [finding] = audit.body.findings;
      assert.deepEqual([finding.noticeNos, finding.material, finding.serviceItemId], [['GZ-001', 'GZ-002'], '居住证明', 'sfz']);
      assert.equal(finding.firstAt.slice(0, 10), '2026-11-02');
      assert.doesNotMatch(audit.text, /13800138000|张伟/, 'never the phone or the name');
      const before = await call('GET', '/admin/notices/audit?station=hall&to=2026-11-04');
      assert.deepEqual(before.body.findings, []);
    });

    run('a complaint handed over keeps its first owner, logs every step and shows its reply deadline', async (call, device) => {
      const complaint = kioskComplaint(device.trackingNode ?? -1, { ...CONTACT });
      await upload(call, device, [complaint]);
      const path = `/admin/complaints/${complaint.trackingNo}`;
      const early = await call('POST', `${path}/handover`, { to: '窗口负责人 刘强', note: '转交' });
      assert.equal(early.status, 409);
      assert.equal(early.body.error.code, 'complaint-not-assigned');
      await call('POST', `${path}/assign`, { assignee: '首问 王晓燕' });
      const handed = await call('POST', `${path}/handover`, { to: '窗口负责人 刘强', note: '涉及窗口排班，转负责人处理' });
      assert.equal(handed.status, 200, handed.text);
      assert.equal(handed.body.assignee, '窗口负责人 刘强');
      assert.equal(handed.body.firstOwner, '首问 王晓燕');
      const noNote = await call('POST', `${path}/handover`, { to: '科长' });
      assert.equal(noNote.status, 400);
      await call('POST', `${path}/finding`, { finding: 'substantiated', reasons: '高峰期仅开一个窗口。' });
      await call('POST', `${path}/reply`, { publicReply: '已调整排班，增加高峰期窗口。', status: 'closed' });
      const shown = await call('GET', path);
      matches(AdminComplaintDetailSchema, shown.body);
      assert.deepEqual(
        shown.body.history.map((e: { action: string; from: string | null; to: string | null }) => [e.action, e.from, e.to]),
        [
          ['assign', null, '首问 王晓燕'],
          ['handover', '首问 王晓燕', '窗口负责人 刘强'],
          ['finding', null, 'substantiated'],
          ['close', 'assigned', 'closed'],
        ],
      );
      assert.equal(shown.body.history[1].note, '涉及窗口排班，转负责人处理');
      assert.equal(shown.body.firstOwner, '首问 王晓燕');
      assert.ok(Date.parse(shown.body.dueAt) > Date.parse(shown.body.receivedAt));
      assert.equal(shown.body.overdue, false, 'a closed complaint is never overdue');
      const late = await call('POST', `${path}/handover`, { to: '科长', note: '再转' });
      assert.equal(late.status, 409);
      assert.equal(late.body.error.code, 'complaint-closed');
    });

    run('every new route answers 401 without the admin token', async (call) => {
      for (const [method, path] of NEW_ROUTES) {
        const answer = await call(method, path, method === 'GET' ? undefined : {}, null);
        assert.equal(answer.status, 401, `${method} ${path}`);
        assert.equal(answer.body.error.code, 'unauthorized');
        const wrong = await call(method, path, method === 'GET' ? undefined : {}, 'not-the-token');
        assert.equal(wrong.status, 401, `${method} ${path} with a wrong token`);
      }
    });
  });
}
