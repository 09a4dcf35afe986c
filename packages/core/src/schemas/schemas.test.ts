import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { uuidv7 } from '../ids.js';
import { describeIssues } from '../issues.js';
import { sampleRating } from '../test-support/sample-records.js';
import { makeTrackingNumber } from '../tracking-number.js';
import { BatchRequestSchema, RecordSchema, StationPatchSchema } from './index.js';

// Made now (its id too) but dated in Beijing time, as a kiosk writes it.
const rating = (over: Record<string, unknown> = {}) => ({ ...sampleRating({ createdAt: '2026-11-22T09:15:00.000+08:00' }), ...over });

test('a good rating needs no reason', () => {
  assert.equal(RecordSchema.safeParse(rating()).success, true);
});

test('a bad review without a reason or comment is refused, with the field named', () => {
  const result = RecordSchema.safeParse(rating({ answer: 1, level: 1 }));
  assert.equal(result.success, false);
  assert.match(describeIssues(result.error?.issues ?? []), /^reasons: a bad review needs at least one reason or a comment/);
  assert.equal(RecordSchema.safeParse(rating({ answer: 1, level: 1, reasons: ['slow'] })).success, true);
  assert.equal(RecordSchema.safeParse(rating({ answer: 2, level: 2, comment: '等了两个小时' })).success, true);
});

test('the national level must match the raw answer on its scale', () => {
  assert.equal(RecordSchema.safeParse(rating({ scale: 3, answer: 3, level: 4 })).success, true);
  const wrong = RecordSchema.safeParse(rating({ scale: 3, answer: 3, level: 5 }));
  assert.match(describeIssues(wrong.error?.issues ?? []), /level does not match/);
});

test('a time in year 0000 is refused with the field named, since no calendar or database has that year', () => {
  const check = RecordSchema.safeParse(rating({ createdAt: '0000-01-01T00:00:00+14:00' }));
  assert.equal(check.success, false);
  assert.match(describeIssues(check.error?.issues ?? []), /createdAt.*year 0000/);
  assert.equal(RecordSchema.safeParse(rating({ createdAt: '0001-01-01T00:00:00+14:00' })).success, true);
  assert.equal(BatchRequestSchema.safeParse({ deviceId: 'd', sentAt: '0000-01-01T00:00:00Z', records: [] }).success, false);
});

test('ids must be UUIDv7 and unknown reason codes are refused', () => {
  assert.equal(RecordSchema.safeParse(rating({ id: '6f1c2b7e-4d5a-4c3b-9a8e-1f2d3c4b5a69' })).success, false);
  assert.equal(RecordSchema.safeParse(rating({ answer: 1, level: 1, reasons: ['made-up'] })).success, false);
});

test('comments are limited to 500 characters', () => {
  assert.equal(RecordSchema.safeParse(rating({ answer: 1, level: 1, comment: '慢'.repeat(500) })).success, true);
  assert.equal(RecordSchema.safeParse(rating({ answer: 1, level: 1, comment: '慢'.repeat(501) })).success, false);
});

test('a batch holds at most 500 records', () => {
  const batch = (n: number) => ({ deviceId: 'd', sentAt: new Date().toISOString(), records: Array.from({ length: n }, () => ({})) });
  assert.equal(BatchRequestSchema.safeParse(batch(500)).success, true);
  assert.equal(BatchRequestSchema.safeParse(batch(501)).success, false);
});

test('a station patch with a misspelt setting names it instead of ignoring it', () => {
  const result = StationPatchSchema.safeParse({ scael: 3 });
  assert.equal(result.success, false);
  assert.match(describeIssues(result.error?.issues ?? []), /scael/);
  assert.equal(StationPatchSchema.safeParse({ scale: 4, cooldownMs: 5000 }).success, true);
  assert.equal(StationPatchSchema.safeParse({ scale: 6 }).success, false);
});

describe('complaints', () => {
  const trackingNo = makeTrackingNumber({ prefix: 'TS', date: '2026-11-22', node: 7, seq: 1 });
  const complaint = (over: Record<string, unknown> = {}) => ({
    id: uuidv7(),
    kind: 'complaint',
    createdAt: '2026-11-22T09:15:00+08:00',
    stationId: 'demo',
    channel: 'web',
    trackingNo,
    category: 'attitude',
    description: '窗口工作人员态度生硬',
    wantsReply: false,
    ...over,
  });

  test('an anonymous complaint needs no contact details', () => {
    assert.equal(RecordSchema.safeParse(complaint()).success, true);
  });

  test('asking for a reply needs a phone number, and contact details need consent', () => {
    const noPhone = RecordSchema.safeParse(complaint({ wantsReply: true }));
    assert.match(describeIssues(noPhone.error?.issues ?? []), /contact: a reply needs a phone number/);
    const noConsent = RecordSchema.safeParse(complaint({ wantsReply: true, contact: { phone: '13812345678' } }));
    assert.match(describeIssues(noConsent.error?.issues ?? []), /consent/);
    assert.equal(
      RecordSchema.safeParse(complaint({ wantsReply: true, contact: { name: '张先生', phone: '13812345678' }, consent: true })).success,
      true,
    );
  });

  test('a mistyped tracking number or phone is refused with a message a person can act on', () => {
    const typo = trackingNo.slice(0, -2) + (trackingNo.at(-2) === '1' ? '2' : '1') + trackingNo.at(-1);
    assert.match(
      describeIssues(RecordSchema.safeParse(complaint({ trackingNo: typo })).error?.issues ?? []),
      /trackingNo: not a valid tracking number/,
    );
    const phone = RecordSchema.safeParse(complaint({ wantsReply: true, contact: { phone: '12345' }, consent: true }));
    assert.match(describeIssues(phone.error?.issues ?? []), /contact.phone: enter a mainland mobile/);
  });

  test('an unknown category is refused', () => {
    assert.equal(RecordSchema.safeParse(complaint({ category: 'weather' })).success, false);
  });
});
