import assert from 'node:assert/strict';
import { test } from 'node:test';
import { complaintSecret, complaintSecretMatches } from './complaint-secret.js';
import { uuidv7 } from './ids.js';

test('a complaint’s secret comes from its record id’s random bits and is checked forgivingly', () => {
  const id = '0190b3a4-7c2e-7000-8000-00000000abcd';
  assert.match(complaintSecret(id), /^[0-9A-HJKMNP-TV-Z]{6}$/);
  assert.equal(complaintSecret(id), complaintSecret(id));
  const secret = complaintSecret(id);
  assert.ok(complaintSecretMatches(id, secret.toLowerCase()));
  assert.ok(!complaintSecretMatches(id, ''));
  assert.ok(!complaintSecretMatches(id, `${secret}0`));
  // Two ids made the same millisecond still get different secrets (random bits, not time).
  const at = Date.now();
  const secrets = new Set(Array.from({ length: 200 }, () => complaintSecret(uuidv7(at))));
  assert.ok(secrets.size >= 199);
});
