import assert from 'node:assert/strict';
import { test } from 'node:test';
import { describeIssues } from '../issues.js';
import { StationResultsQuerySchema, StationResultsSchema } from './index.js';

const figures = { levels: { 5: 3, 4: 1, 3: 0, 2: 1, 1: 0 }, total: 5, goodReviewRate: 0.8, badReviewCount: 1 };
const results = (over: Record<string, unknown> = {}) => ({
  stationId: 'demo',
  stationName: '示范政务服务大厅',
  month: '2026-10',
  from: '2026-09-30T16:00:00.000Z',
  to: '2026-10-31T16:00:00.000Z',
  complete: true,
  overall: figures,
  windows: [
    { windowId: 'w01', windowName: '1号窗口 综合受理', ...figures },
    { windowId: 'w09', windowName: null, ...figures },
  ],
  ...over,
});
const problems = (value: unknown) => {
  const parsed = StationResultsSchema.safeParse(value);
  return parsed.success ? '' : describeIssues(parsed.error.issues);
};

test("the collector's answer today (no score, tier, handling or months) is valid", () => {
  assert.equal(problems(results()), '');
});

test('score, tier, handled bad reviews and months are read when published', () => {
  const parsed = StationResultsSchema.parse(
    results({ overall: { ...figures, score: 86.75, tier: 'basically-satisfied', badReviewsHandled: 1 }, months: ['2026-10', '2026-09'] }),
  );
  assert.deepEqual([parsed.overall.score, parsed.overall.tier, parsed.overall.badReviewsHandled], [86.75, 'basically-satisfied', 1]);
  assert.deepEqual(parsed.months, ['2026-10', '2026-09']);
});

test('a rate above 1, a fractional count, a missing level or a score above 100 is refused with the field named', () => {
  assert.match(problems(results({ overall: { ...figures, goodReviewRate: 80 } })), /^overall\.goodReviewRate: a rate must be 0–1/);
  assert.match(problems(results({ overall: { ...figures, total: 4.5 } })), /^overall\.total: a count must be a whole number/);
  assert.match(problems(results({ overall: { ...figures, levels: { 5: 3, 4: 1, 3: 0, 2: 1 } } })), /^overall\.levels\.1: expected number/);
  assert.match(problems(results({ overall: { ...figures, score: 101 } })), /^overall\.score: a score must be 0–100/);
  assert.match(problems(results({ overall: { ...figures, tier: 'excellent' } })), /^overall\.tier: expected one of/);
});

test('months are written YYYY-MM', () => {
  assert.match(problems(results({ month: '2026-13' })), /^month: use a month written YYYY-MM/);
  assert.equal(StationResultsQuerySchema.safeParse({ month: '2026-1' }).success, false);
  assert.equal(StationResultsQuerySchema.safeParse({ month: '2026-01' }).success, true);
});
