import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { type BadReviewHandling, callbackRectificationRate, rectificationSatisfactionRate, replyRate } from './bad-review-handling.js';

describe('bad-review handling rates', () => {
  test('10 bad reviews: 9 replied, 8 called back and rectified, 6 satisfied with the rectification', () => {
    const month: BadReviewHandling = { badReviews: 10, replied: 9, rectified: 8, satisfiedAfterRectification: 6 };
    assert.equal(replyRate(month), 0.9);
    assert.equal(callbackRectificationRate(month), 0.8);
    assert.equal(rectificationSatisfactionRate(month), 0.75); // 6 of the 8 rectified, not of all 10
  });

  test('every case handled and every citizen satisfied is 100% on all three', () => {
    const perfect: BadReviewHandling = { badReviews: 3, replied: 3, rectified: 3, satisfiedAfterRectification: 3 };
    assert.deepEqual([replyRate(perfect), callbackRectificationRate(perfect), rectificationSatisfactionRate(perfect)], [1, 1, 1]);
  });

  test('a month without bad reviews has no rates rather than 0% or 100%', () => {
    assert.equal(replyRate({ badReviews: 0, replied: 0 }), null);
    assert.equal(callbackRectificationRate({ badReviews: 0, rectified: 0 }), null);
    assert.equal(rectificationSatisfactionRate({ rectified: 0, satisfiedAfterRectification: 0 }), null);
    // Bad reviews but nothing rectified yet: the reply rate exists, the satisfaction rate does not.
    assert.equal(replyRate({ badReviews: 4, replied: 0 }), 0);
    assert.equal(rectificationSatisfactionRate({ rectified: 0, satisfiedAfterRectification: 0 }), null);
  });

  test('counts that cannot be true are refused with both numbers named', () => {
    assert.throws(() => replyRate({ badReviews: 2, replied: 3 }), /replied \(3\) cannot exceed badReviews \(2\)/);
    assert.throws(() => callbackRectificationRate({ badReviews: 2, rectified: 3 }), /rectified \(3\) cannot exceed badReviews \(2\)/);
    assert.throws(
      () => rectificationSatisfactionRate({ rectified: 2, satisfiedAfterRectification: 3 }),
      /satisfiedAfterRectification \(3\) cannot exceed rectified \(2\)/,
    );
    assert.throws(() => replyRate({ badReviews: -1, replied: 0 }), /badReviews must be a whole number ≥ 0/);
    assert.throws(() => replyRate({ badReviews: 2, replied: 0.5 }), RangeError);
  });
});
