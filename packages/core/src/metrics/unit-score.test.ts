import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { LevelCounts } from './level-rates.js';
import {
  CAMPAIGN_LEVEL_POINTS,
  DEFAULT_UNIT_SCORE_BANDS,
  parseUnitScoreBands,
  UNIT_TIER_LABELS,
  unitAppraisal,
  unitScore,
  unitTier,
} from './unit-score.js';

const march: LevelCounts = { 5: 120, 4: 50, 3: 20, 2: 6, 1: 4 };

describe('unit score on 100 points', () => {
  test('worked example: 120×100 + 50×80 + 20×60 + 6×40 + 4×0 over 200 ratings = 87.2', () => {
    assert.equal(unitScore(march), 87.2);
  });

  test('everyone very satisfied is 100, everyone very dissatisfied 0, nobody rating null', () => {
    assert.equal(unitScore({ 5: 9, 4: 0, 3: 0, 2: 0, 1: 0 }), 100);
    assert.equal(unitScore({ 5: 0, 4: 0, 3: 0, 2: 0, 1: 9 }), 0);
    assert.equal(unitScore({ 5: 0, 4: 0, 3: 0, 2: 0, 1: 0 }), null);
  });

  test('three-tier campaign data: 80 满意, 15 基本满意, 5 不满意', () => {
    const campaign: LevelCounts = { 5: 0, 4: 80, 3: 15, 2: 5, 1: 0 };
    // With campaign points: (80×100 + 15×60 + 5×0) / 100.
    assert.equal(unitScore(campaign, CAMPAIGN_LEVEL_POINTS), 89);
    // With the national default the best face earns 80, so the same unit scores far lower.
    assert.equal(unitScore(campaign), 75);
  });

  test('level points must lie in 0–100 and never reward a worse level more', () => {
    assert.throws(() => unitScore(march, { 5: 120, 4: 80, 3: 60, 2: 40, 1: 0 }), /level points: 5: points must be 0–100/);
    assert.throws(() => unitScore(march, { 5: 100, 4: 50, 3: 60, 2: 40, 1: 0 }), /a better level may not earn fewer points/);
    assert.throws(() => unitScore({ ...march, 2: -1 }), /count for level 2 must be a whole number/);
  });
});

describe('tiers', () => {
  test('default bands: satisfied from 90, basically satisfied from 70, dissatisfied below', () => {
    assert.deepEqual(DEFAULT_UNIT_SCORE_BANDS, { satisfied: 90, basicallySatisfied: 70 });
    assert.equal(unitTier(100), 'satisfied');
    assert.equal(unitTier(90), 'satisfied', '90 分以上 includes 90');
    assert.equal(unitTier(89.99), 'basically-satisfied');
    assert.equal(unitTier(70), 'basically-satisfied');
    assert.equal(unitTier(69.9), 'dissatisfied');
    assert.equal(unitTier(0), 'dissatisfied');
    // One 非常满意 and one 满意 average exactly 90.
    assert.deepEqual(unitAppraisal({ 5: 1, 4: 1, 3: 0, 2: 0, 1: 0 }), { score: 90, tier: 'satisfied' });
  });

  test('worked example: March scores 87.2, basically satisfied; with bands 85/60 it is satisfied', () => {
    assert.deepEqual(unitAppraisal(march), { score: 87.2, tier: 'basically-satisfied' });
    assert.deepEqual(unitAppraisal(march, { bands: { satisfied: 85, basicallySatisfied: 60 } }), { score: 87.2, tier: 'satisfied' });
    assert.equal(unitAppraisal({ 5: 0, 4: 0, 3: 0, 2: 0, 1: 0 }), null);
    assert.equal(UNIT_TIER_LABELS['basically-satisfied']['zh-CN'], '基本满意');
  });

  test('bands from configuration are checked: within 0–100 and ascending', () => {
    assert.deepEqual(parseUnitScoreBands({ satisfied: 95, basicallySatisfied: 80 }), { satisfied: 95, basicallySatisfied: 80 });
    assert.throws(() => parseUnitScoreBands({ satisfied: 70, basicallySatisfied: 90 }), /basicallySatisfied: bands must ascend/);
    assert.throws(() => parseUnitScoreBands({ satisfied: 80, basicallySatisfied: 80 }), /bands must ascend/);
    assert.throws(() => parseUnitScoreBands({ satisfied: 110, basicallySatisfied: 70 }), /satisfied: a band edge must be 0–100/);
    assert.throws(() => parseUnitScoreBands({ satisfied: 90, basicallySatisfied: -5 }), /basicallySatisfied: a band edge must be 0–100/);
    assert.throws(() => parseUnitScoreBands({ satisfied: 90 }), /unit score bands: basicallySatisfied/);
    assert.throws(() => unitTier(80, { satisfied: 60, basicallySatisfied: 70 }), /bands must ascend/);
    assert.throws(() => unitTier(101), /a unit score is 0–100/);
  });
});
