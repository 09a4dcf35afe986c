import assert from 'node:assert/strict';
import { test } from 'node:test';
import { resolveLocale } from './locale.js';

test('lang tags resolve to the closest supported locale, zh-CN by default', () => {
  const cases: [string | null, string][] = [
    [null, 'zh-CN'],
    ['', 'zh-CN'],
    ['zh', 'zh-CN'],
    ['zh-Hans-CN', 'zh-CN'],
    ['zh-TW', 'zh-TW'],
    ['zh-Hant', 'zh-TW'],
    ['zh-HK', 'zh-TW'],
    ['en-GB', 'en'],
    ['fr', 'zh-CN'],
  ];
  for (const [tag, expected] of cases) assert.equal(resolveLocale(tag), expected, `lang="${tag}"`);
});
