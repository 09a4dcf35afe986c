import assert from 'node:assert/strict';
import { test } from 'node:test';
import { type RatingContext, ratingContextProblems } from './rating-context.js';
import { makeRatingRecord } from './rating-record.js';
import { BAD_REVIEW_REASON_CODES } from './reasons.js';
import { SCALES, type ScaleId } from './scales.js';
import { RatingRecordSchema } from './schemas/records.js';

const good: RatingContext = { station: 'hall-1', window: 'w01', channel: 'device', scale: 5 };

test('a record made for a good context passes the full schema, with every context field', () => {
  for (const scale of [3, 4, 5] as const) {
    for (const face of SCALES[scale].faces) {
      const record = makeRatingRecord(
        { ...good, scale, staff: 's-7', serviceItem: 'id-card', ticket: 'BJ-2026-0001' },
        { face, reasons: ['slow', 'slow'], comment: '  too long  ' },
        Date.UTC(2026, 10, 3, 2),
      );
      const parsed = RatingRecordSchema.safeParse(record);
      assert.equal(parsed.success, true, JSON.stringify(parsed.error?.issues));
      assert.deepEqual(
        [record.staffId, record.serviceItemId, record.ticket, record.reasons, record.comment],
        ['s-7', 'id-card', 'BJ-2026-0001', ['slow'], 'too long'],
      );
      assert.equal(record.createdAt, '2026-11-03T02:00:00.000Z');
    }
  }
});

test('the context check refuses exactly what the schema refuses, naming the attribute', () => {
  const values = ['', 'w01', 'a b', '-lead', 'x'.repeat(64), 'x'.repeat(65), '窗口1', 'ok_9-z'];
  const face = SCALES[5].faces[0];
  assert.ok(face);
  for (const value of values) {
    for (const attribute of ['station', 'window', 'staff', 'serviceItem'] as const) {
      const context = { ...good, [attribute]: value };
      const problems = ratingContextProblems(context);
      const record: Record<string, unknown> = {
        id: '0190b3a4-7c2e-7000-8000-000000000000',
        kind: 'rating',
        createdAt: '2026-11-03T02:00:00.000Z',
        stationId: context.station,
        windowId: context.window,
        channel: context.channel,
        scale: 5,
        answer: face.answer,
        level: face.level,
        ...(context.staff ? { staffId: context.staff } : {}),
        ...(context.serviceItem ? { serviceItemId: context.serviceItem } : {}),
      };
      const schemaRefuses: boolean = !RatingRecordSchema.safeParse(record).success;
      assert.equal(problems.length > 0, schemaRefuses, `${attribute}=${JSON.stringify(value)}`);
      if (schemaRefuses) {
        assert.equal(problems[0]?.attribute, attribute === 'serviceItem' ? 'service-item' : attribute);
        assert.throws(() => makeRatingRecord(context, { face }), TypeError);
      }
    }
  }
});

test('a channel outside the list and a ticket over 64 characters are refused', () => {
  assert.deepEqual(
    ratingContextProblems({ ...good, channel: 'kiosk', ticket: 't'.repeat(65) }).map((p) => p.attribute),
    ['ticket', 'channel'],
  );
  assert.deepEqual(ratingContextProblems({ ...good, channel: 'staff', ticket: 't'.repeat(64) }), []);
});

test('a bad review without a reason or comment, or with a comment over 500 characters, is refused', () => {
  const worst = SCALES[5 as ScaleId].faces.at(-1);
  assert.ok(worst);
  assert.throws(() => makeRatingRecord(good, { face: worst }), /reason or a comment/);
  assert.throws(() => makeRatingRecord(good, { face: worst, comment: '   ' }), /reason or a comment/);
  assert.throws(() => makeRatingRecord(good, { face: worst, reasons: ['other'], comment: 'x'.repeat(501) }), /500/);
  for (const code of BAD_REVIEW_REASON_CODES) {
    assert.equal(RatingRecordSchema.safeParse(makeRatingRecord(good, { face: worst, reasons: [code] })).success, true);
  }
  const misused = makeRatingRecord(good, { face: worst, comment: 'rude', misuse: true });
  assert.equal(misused.misuse, true);
  assert.equal(RatingRecordSchema.safeParse(misused).success, true);
});
