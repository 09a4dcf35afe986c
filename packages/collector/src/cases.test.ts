import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { backends } from './test-support/backends.js';
import { badReview } from './test-support/bad-reviews.js';
import { type ApiCall, apiClient, hallWithDevice, upload } from './test-support/http.js';
import { rating } from './test-support/records.js';

// Friday before the 2026 Spring Festival, 15:00 China time: the next day is a make-up working Saturday.
const FRIDAY_BEFORE_SPRING_FESTIVAL = new Date('2026-02-13T07:00:00Z');
// That make-up Saturday: the next working day is after the nine-day holiday.
const MAKE_UP_SATURDAY = new Date('2026-02-14T03:00:00Z');
// Wednesday before National Day 2026 (1–7 October).
const BEFORE_NATIONAL_DAY = new Date('2026-09-30T02:00:00Z');

type Ids = Record<'spring' | 'makeUp' | 'nationalDay' | 'fresh' | 'good' | 'misuse', string>;

for (const backend of backends()) {
  describe(`the bad-review ledger on ${backend.name}`, { skip: backend.skip }, () => {
    const run = (name: string, body: (call: ApiCall, ids: Ids) => Promise<void>) =>
      test(name, async () => {
        const db = await backend.fresh();
        try {
          const call = apiClient(db.store);
          const device = await hallWithDevice(call);
          const records = {
            spring: badReview(FRIDAY_BEFORE_SPRING_FESTIVAL),
            makeUp: badReview(MAKE_UP_SATURDAY, { answer: 2, level: 2, staffId: undefined, reasons: ['waiting'], comment: undefined }),
            nationalDay: badReview(BEFORE_NATIONAL_DAY, { windowId: 'w2', staffId: undefined }),
            fresh: badReview(new Date()),
            good: rating({}, FRIDAY_BEFORE_SPRING_FESTIVAL),
            misuse: badReview(new Date(), { misuse: true }),
          };
          const stored = await upload(call, device, Object.values(records));
          assert.deepEqual(
            stored.body.results.map((r: { status: string }) => r.status),
            Object.values(records).map(() => 'accepted'),
            stored.text,
          );
          await body(call, Object.fromEntries(Object.entries(records).map(([k, r]) => [k, r.id])) as Ids);
        } finally {
          await db.dispose();
        }
      });

    run('every stored bad review gets a case at ingest, with due dates across a holiday and a make-up day', async (call, ids) => {
      const listed = await call('GET', '/admin/cases?station=hall');
      assert.equal(listed.status, 200, listed.text);
      assert.deepEqual(
        listed.body.cases.map((c: { id: string }) => c.id),
        [ids.fresh, ids.nationalDay, ids.makeUp, ids.spring],
        'bad reviews only, misuse left out, newest first',
      );
      const byId = new Map(listed.body.cases.map((c: { id: string }) => [c.id, c]));
      const { ratedAt, ...spring } = byId.get(ids.spring) as { ratedAt: string };
      assert.ok(Math.abs(Date.parse(ratedAt) - FRIDAY_BEFORE_SPRING_FESTIVAL.getTime()) < 1000, 'the rating’s time, corrected for skew');
      assert.deepEqual(spring, {
        id: ids.spring,
        ratingId: ids.spring,
        stationId: 'hall',
        windowId: 'w1',
        staffId: 's1',
        serviceItemId: null,
        level: 1,
        reasons: ['attitude'],
        comment: '窗口人员态度生硬',
        assignee: 's1',
        state: 'new',
        // The make-up Saturday counts: the callback is due by its end (24:00 China time).
        callbackDueAt: '2026-02-14T16:00:00.000Z',
        // 15 working days, the nine-day holiday skipped and both make-up Saturdays counted.
        rectifyDueAt: '2026-03-12T16:00:00.000Z',
        overdue: true,
        voidReason: null,
        history: [],
      });
      const makeUp = byId.get(ids.makeUp) as Record<string, unknown>;
      assert.equal(makeUp.callbackDueAt, '2026-02-24T16:00:00.000Z', 'from the make-up Saturday the next working day is after the holiday');
      assert.equal(makeUp.assignee, null, 'no staff member named: nobody assigned');
      assert.equal(makeUp.comment, null);
      const nationalDay = byId.get(ids.nationalDay) as Record<string, unknown>;
      assert.equal(nationalDay.callbackDueAt, '2026-10-08T16:00:00.000Z', 'National Day is skipped');
      assert.equal(nationalDay.rectifyDueAt, '2026-10-27T16:00:00.000Z');
      assert.equal((byId.get(ids.fresh) as Record<string, unknown>).overdue, false, 'a bad review made just now is not overdue');

      const overdue = await call('GET', '/admin/cases?station=hall&overdue=true');
      assert.deepEqual(overdue.body.cases.map((c: { id: string }) => c.id).sort(), [ids.nationalDay, ids.makeUp, ids.spring].sort());
      const onTime = await call('GET', '/admin/cases?station=hall&overdue=false');
      assert.deepEqual(
        onTime.body.cases.map((c: { id: string }) => c.id),
        [ids.fresh],
      );
      const w2 = await call('GET', '/admin/cases?station=hall&window=w2');
      assert.deepEqual(
        w2.body.cases.map((c: { id: string }) => c.id),
        [ids.nationalDay],
      );
      const february = await call('GET', '/admin/cases?station=hall&from=2026-02-01&to=2026-02-13&staff=s1');
      assert.deepEqual(
        february.body.cases.map((c: { id: string }) => c.id),
        [ids.spring],
        'a day bound is the station’s whole day',
      );

      const settings = await call('PUT', '/admin/stations/hall/handling-settings', { rectifyWorkingDays: 5 });
      assert.equal(settings.status, 200, settings.text);
      assert.equal(settings.body.standingThresholds.minGoodReviewRate, 0.95, 'unset fields keep their defaults');
      const shorter = await call('GET', `/admin/cases/${ids.spring}`);
      assert.equal(shorter.body.rectifyDueAt, '2026-02-27T16:00:00.000Z', 'the station’s own rectification period');

      const bad = await call('GET', '/admin/cases?overdue=maybe&state=lost');
      assert.equal(bad.status, 400);
      assert.match(bad.body.error.message, /overdue/);
      assert.match(bad.body.error.message, /state/);
    });

    run('a case moves through every allowed state, and anything else is refused', async (call, ids) => {
      const move = (id: string, body: unknown) => call('POST', `/admin/cases/${id}/transitions`, body);
      const path = ['called-back', 'rectifying', 'rectified', 'not-satisfied', 'rectifying', 'rectified', 'satisfied'] as const;
      let answer = await move(ids.spring, { to: 'rectified', note: '跳过回访' });
      assert.equal(answer.status, 409);
      assert.equal(answer.body.error.code, 'invalid-transition');
      assert.match(answer.body.error.message, /from new to rectified/);
      for (const to of path) {
        answer = await move(ids.spring, { to, note: `已${to}`, by: '科长 周敏' });
        assert.equal(answer.status, 200, answer.text);
        assert.equal(answer.body.state, to);
      }
      assert.equal(answer.body.overdue, false, 'a satisfied citizen closes the case');
      assert.deepEqual(
        answer.body.history.map((e: { from: string; to: string }) => `${e.from}>${e.to}`),
        ['new', ...path].slice(0, -1).map((from, i) => `${from}>${path[i]}`),
      );
      // Who acted comes from the credentials (here the admin token), never from the body's `by`.
      assert.equal(answer.body.history[0].by, 'admin-token');
      assert.equal(answer.body.history[0].note, '已called-back');
      const closed = await move(ids.spring, { to: 'appealed', note: '申诉' });
      assert.equal(closed.status, 409, 'a satisfied case is no longer open');
      assert.match(closed.body.error.message, /from satisfied to appealed/);

      const noNote = await move(ids.makeUp, { to: 'called-back' });
      assert.equal(noNote.status, 400);
      assert.match(noNote.body.error.message, /note/);
      const longNote = await move(ids.makeUp, { to: 'called-back', note: '长'.repeat(1001) });
      assert.equal(longNote.status, 400);

      answer = await move(ids.makeUp, { to: 'called-back', note: '已电话联系群众' });
      answer = await move(ids.makeUp, { to: 'appealed', note: '窗口申诉：当日系统故障', reason: '系统故障' });
      assert.equal(answer.body.state, 'appealed');
      answer = await move(ids.makeUp, { to: 'called-back', note: '申诉不成立' });
      assert.equal(answer.status, 200, 'an appeal turned down returns the case to where it was');
      assert.equal(answer.body.state, 'called-back');
      await move(ids.makeUp, { to: 'appealed', note: '再次申诉' });
      const elsewhere = await move(ids.makeUp, { to: 'rectifying', note: '直接整改' });
      assert.equal(elsewhere.status, 409, 'an appealed case goes back only to where it was');
      const noReason = await move(ids.makeUp, { to: 'voided', note: '复核通过' });
      assert.equal(noReason.status, 400);
      assert.equal(noReason.body.error.code, 'reason-required');
      answer = await move(ids.makeUp, { to: 'voided', note: '复核通过', reason: '经调取监控核实，系群众误操作，非服务问题' });
      assert.equal(answer.status, 200, answer.text);
      assert.equal(answer.body.voidReason, '经调取监控核实，系群众误操作，非服务问题');
      assert.equal(answer.body.history.at(-1).reason, '经调取监控核实，系群众误操作，非服务问题');
      const kept = await call('GET', `/admin/cases/${ids.makeUp}`);
      assert.equal(kept.body.voidReason, '经调取监控核实，系群众误操作，非服务问题', 'the reason stays on record');
      const reopened = await move(ids.makeUp, { to: 'new', note: '重开' });
      assert.equal(reopened.status, 409, 'a voided case no longer changes');

      const summary = await call('GET', '/admin/cases/summary?station=hall');
      assert.equal(summary.status, 200, summary.text);
      assert.deepEqual(summary.body, {
        badReviews: 3,
        calledBack: 1,
        rectified: 1,
        satisfied: 1,
        notSatisfied: 0,
        overdue: 1,
        replyRate: 1 / 3,
        rectificationRate: 1 / 3,
        satisfactionWithRectification: 1,
      });
      const missing = await move('0190a8e2-0000-7000-8000-000000000000', { to: 'called-back', note: '已回访' });
      assert.equal(missing.status, 404);
    });
  });
}
