import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isMainlandPhone, normalizePhone } from './phone.js';

test('mainland mobiles and landlines with area codes are accepted however they are typed', () => {
  for (const n of [
    '13812345678',
    '+86 138 1234 5678',
    '0086-19912345678',
    '010-12345678',
    '(0571) 8765 4321',
    '0755-8765432',
    '021-12345678 转 801',
  ]) {
    assert.equal(isMainlandPhone(n), true, n);
  }
});

test('numbers that cannot be called back are refused', () => {
  for (const n of ['12345678901', '1381234567', '138123456789', '12345678', '110', '400-123-4567', 'abc', '']) {
    assert.equal(isMainlandPhone(n), false, n);
  }
});

test('normalizing keeps digits and the extension only', () => {
  assert.equal(normalizePhone('+86 138-1234-5678'), '13812345678');
  assert.equal(normalizePhone('021-12345678 ext. 801'), '02112345678#801');
});
