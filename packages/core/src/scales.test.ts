import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isBadReview, LEVEL_LABELS } from './levels.js';
import { nationalLevelOf, SCALES } from './scales.js';

test('the five-face scale is the national scale itself, best face first', () => {
  assert.deepEqual(
    SCALES[5].faces.map((f) => [f.answer, f.level, f.labels['zh-CN']]),
    [
      [5, 5, '非常满意'],
      [4, 4, '满意'],
      [3, 3, '基本满意'],
      [2, 2, '不满意'],
      [1, 1, '非常不满意'],
    ],
  );
});

test('the four-face scale has no middle and maps onto national levels 5, 4, 2, 1', () => {
  assert.deepEqual(
    SCALES[4].faces.map((f) => f.level),
    [5, 4, 2, 1],
  );
  assert.equal(nationalLevelOf(4, 2), 2);
});

test('the three campaign tiers 满意 / 基本满意 / 不满意 keep their national meaning', () => {
  assert.deepEqual(
    SCALES[3].faces.map((f) => [f.answer, f.level, f.labels['zh-CN']]),
    [
      [3, 4, '满意'],
      [2, 3, '基本满意'],
      [1, 2, '不满意'],
    ],
  );
});

test('an answer that is not on the scale has no national level', () => {
  assert.equal(nationalLevelOf(3, 5), undefined);
  assert.equal(nationalLevelOf(5, 0), undefined);
});

test('only the bottom two national levels are bad reviews', () => {
  assert.deepEqual(
    ([5, 4, 3, 2, 1] as const).map((l) => isBadReview(l)),
    [false, false, false, true, true],
  );
});

test('every level has a label in zh-CN, en and zh-TW', () => {
  assert.equal(LEVEL_LABELS[3].en, 'Fairly satisfied');
  assert.equal(LEVEL_LABELS[1]['zh-TW'], '非常不滿意');
});
