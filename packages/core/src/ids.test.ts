import assert from 'node:assert/strict';
import { test } from 'node:test';
import { uuidv7 } from './ids.js';

test('uuidv7 makes RFC 9562 version-7 ids carrying their creation time', () => {
  const at = Date.UTC(2026, 10, 22, 8, 30);
  const id = uuidv7(at);
  assert.match(id, /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  assert.equal(Number.parseInt(id.replace(/-/g, '').slice(0, 12), 16), at);
});

test('ids made in the same millisecond do not collide and later ids sort after earlier ones', () => {
  const at = Date.now();
  const ids = new Set(Array.from({ length: 10_000 }, () => uuidv7(at)));
  assert.equal(ids.size, 10_000);
  assert.ok(uuidv7(at) < uuidv7(at + 1));
});
