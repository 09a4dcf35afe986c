import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { COMPLAINT_CATEGORIES, COMPLAINT_CATEGORY_CODES, complaintCategoryLabels } from './complaint-categories.js';
import { LOCALES } from './locale.js';
import { ComplaintCategorySchema } from './schemas/complaint-category.js';

describe('complaint categories', () => {
  test('cover the campaign list, commitments and environment, with other last', () => {
    assert.deepEqual(COMPLAINT_CATEGORY_CODES, [
      'attitude',
      'delay',
      'dereliction',
      'unlawful-enforcement',
      'arbitrary-charges',
      'favours',
      'broken-commitment',
      'environment',
      'other',
    ]);
  });

  test('every category is labelled in every locale, and no two share a label', () => {
    for (const locale of LOCALES) {
      const labels = COMPLAINT_CATEGORIES.map((c) => c.labels[locale]);
      for (const label of labels) assert.ok(label.trim().length > 0, locale);
      assert.equal(new Set(labels).size, labels.length, locale);
    }
  });

  test('the schema accepts the codes and rejects anything else, such as a label', () => {
    assert.equal(ComplaintCategorySchema.safeParse('favours').success, true);
    assert.equal(ComplaintCategorySchema.safeParse('吃拿卡要、行为不廉').success, false);
    assert.equal(ComplaintCategorySchema.safeParse('Attitude').success, false);
  });

  test('labels are found by code', () => {
    assert.equal(complaintCategoryLabels('delay')?.['zh-CN'], '办事拖拉、互相推诿');
    assert.equal(complaintCategoryLabels('arbitrary-charges')?.['zh-TW'], '亂收亂罰、設置障礙');
    assert.equal(complaintCategoryLabels('nope'), undefined);
  });
});
