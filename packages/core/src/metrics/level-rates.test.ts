import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  badReviewCount,
  badReviewRate,
  goodReviewRate,
  type LevelCounts,
  notRatedRate,
  participationRate,
  totalRatings,
} from './level-rates.js';

// A station's March: 200 ratings out of 250 service events.
const march: LevelCounts = { 5: 120, 4: 50, 3: 20, 2: 6, 1: 4 };
const nobody: LevelCounts = { 5: 0, 4: 0, 3: 0, 2: 0, 1: 0 };

describe('rating rates', () => {
  test('good and bad reviews of a month, worked through', () => {
    assert.equal(totalRatings(march), 200);
    assert.equal(goodReviewRate(march), 190 / 200); // 非常满意 + 满意 + 基本满意
    assert.equal(badReviewCount(march), 10); // 不满意 6 + 非常不满意 4
    assert.equal(badReviewRate(march), 0.05);
  });

  test('good and bad review rates add up to 1', () => {
    const counts: LevelCounts = { 5: 3, 4: 0, 3: 7, 2: 1, 1: 2 };
    assert.equal((goodReviewRate(counts) ?? 0) + (badReviewRate(counts) ?? 0), 1);
  });

  test('with no ratings the rates are null, not 0 or NaN', () => {
    assert.equal(goodReviewRate(nobody), null);
    assert.equal(badReviewRate(nobody), null);
  });
});

describe('participation and not-rated rate (need service-event counts)', () => {
  test('200 ratings of 250 service events: 80% rated, 20% not rated', () => {
    assert.equal(participationRate(march, 250), 0.8);
    assert.equal(notRatedRate(march, 250), 0.2);
    assert.equal(notRatedRate(nobody, 40), 1);
  });

  test('no service events gives null', () => {
    assert.equal(notRatedRate(nobody, 0), null);
    assert.equal(participationRate(nobody, 0), null);
  });

  test('more ratings than service events is a mistake in the inputs and says so', () => {
    assert.throws(() => notRatedRate(march, 150), /ratings \(200\) cannot exceed serviceEvents \(150\)/);
    assert.throws(() => participationRate(march, -1), /serviceEvents must be a whole number ≥ 0/);
    assert.throws(() => notRatedRate(march, 250.5), RangeError);
  });
});
