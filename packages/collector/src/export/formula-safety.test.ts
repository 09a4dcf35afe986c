import assert from 'node:assert/strict';
import { test } from 'node:test';
import { stringify } from 'csv-stringify/sync';
import { neutraliseFormula } from './formula-safety.js';

test('a cell whose first non-blank character starts a formula is escaped, blanks or not', () => {
  for (const hostile of [' =1+1', '\t=1+1', '  +SUM(A1)', '\u3000-2', ' \n@cmd']) {
    assert.equal(neutraliseFormula(hostile), `'${hostile}`, JSON.stringify(hostile));
  }
  for (const harmless of ['等了一个小时', ' 1 = 1', 'a-b', '', ' ']) assert.equal(neutraliseFormula(harmless), harmless);
  assert.equal(neutraliseFormula(-5), -5, 'numbers are numbers, not text a spreadsheet runs');
});

test('with csv-stringify, no cell of a row can run as a formula after trimming', () => {
  const row = [' =HYPERLINK("http://example.com")', '=1+1', '@x', 'fine'].map(neutraliseFormula);
  const line = stringify([row], { escape_formulas: true }).trim();
  for (const cell of line.split(',')) assert.doesNotMatch(cell.replace(/^"|"$/g, '').trimStart(), /^[=+\-@]/);
});
