import assert from 'node:assert/strict';
import { test } from 'node:test';
import { divisionCodeOf, regionPath, regionsWithin, wouldLoop } from './regions.js';
import { RegionSchema } from './schemas/region.js';

const ZHEJIANG = [
  { id: 'zj', name: '浙江省' },
  { id: 'hz', name: '杭州市', parentId: 'zj' },
  { id: 'xihu', name: '西湖区', parentId: 'hz' },
  { id: 'binjiang', name: '滨江区', parentId: 'hz' },
  { id: 'nb', name: '宁波市', parentId: 'zj' },
];

test('a region holds itself and every region below it, at any depth, and nothing beside it', () => {
  assert.deepEqual([...regionsWithin(ZHEJIANG, 'hz')].sort(), ['binjiang', 'hz', 'xihu']);
  assert.deepEqual([...regionsWithin(ZHEJIANG, 'zj')].sort(), ['binjiang', 'hz', 'nb', 'xihu', 'zj']);
  assert.deepEqual([...regionsWithin(ZHEJIANG, 'xihu')], ['xihu']);
});

test('a region cannot be moved inside itself or below one of its own subregions', () => {
  assert.equal(wouldLoop(ZHEJIANG, 'hz', 'hz'), true);
  assert.equal(wouldLoop(ZHEJIANG, 'zj', 'xihu'), true);
  assert.equal(wouldLoop(ZHEJIANG, 'hz', 'nb'), false);
  assert.equal(wouldLoop(ZHEJIANG, 'xihu', undefined), false);
  assert.equal(wouldLoop(ZHEJIANG, 'new', 'xihu'), false, 'a new region may go anywhere');
});

test('the path to a region runs from the top down, and stops on a broken link', () => {
  assert.deepEqual(
    regionPath(ZHEJIANG, 'xihu').map((r) => r.name),
    ['浙江省', '杭州市', '西湖区'],
  );
  assert.deepEqual(regionPath(ZHEJIANG, 'missing'), []);
  assert.deepEqual(
    regionPath([{ id: 'orphan', parentId: 'gone' }], 'orphan').map((r) => r.id),
    ['orphan'],
  );
});

test('a division code has 6, 9 or 12 digits, and the message says so', () => {
  for (const code of ['330106', '330106001', '330106001001', ' 330106 ']) {
    assert.equal(RegionSchema.safeParse({ id: 'x', name: '西湖区', code }).success, true, code);
  }
  for (const code of ['33010', '3301060', 'ABCDEF', '']) {
    const parsed = RegionSchema.safeParse({ id: 'x', name: '西湖区', code });
    assert.equal(parsed.success, false, code);
    assert.match(parsed.error?.issues[0]?.message ?? '', /6-digit administrative division code/);
  }
});

test("a station's division code is its region's, else the nearest one above it", () => {
  const coded = [
    { id: 'hz', name: '杭州市', code: '330100' },
    { id: 'xihu', name: '西湖区', code: '330106', parentId: 'hz' },
    { id: 'lingyin', name: '灵隐街道', parentId: 'xihu' },
  ];
  assert.equal(divisionCodeOf(coded, 'xihu'), '330106');
  assert.equal(divisionCodeOf(coded, 'lingyin'), '330106');
  assert.equal(divisionCodeOf(ZHEJIANG, 'xihu'), undefined, 'no code anywhere up the tree');
  assert.equal(divisionCodeOf(coded, undefined), undefined, 'a station in no region');
});
