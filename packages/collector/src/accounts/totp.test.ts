import assert from 'node:assert/strict';
import { test } from 'node:test';
import { base32, matchingStep, otpauthUri, totpCode, totpStep } from './totp.js';

// RFC 6238 appendix B, SHA-1: the secret is the ASCII "12345678901234567890"; the RFC prints 8 digits, apps show the last 6.
const RFC_SECRET = base32(Buffer.from('12345678901234567890'));
const VECTORS: [number, string][] = [
  [59, '94287082'],
  [1111111109, '07081804'],
  [1111111111, '14050471'],
  [1234567890, '89005924'],
  [2000000000, '69279037'],
  [20000000000, '65353130'],
];

test('codes match the RFC 6238 test vectors', () => {
  for (const [seconds, code] of VECTORS) assert.equal(totpCode(RFC_SECRET, totpStep(seconds * 1000)), code.slice(-6), `at ${seconds}`);
});

test('a code counts one step either side of now and no further, and only as six digits', () => {
  const at = 1_234_567_890_000;
  const step = totpStep(at);
  assert.equal(matchingStep(RFC_SECRET, totpCode(RFC_SECRET, step - 1), at), step - 1);
  assert.equal(matchingStep(RFC_SECRET, totpCode(RFC_SECRET, step + 1), at), step + 1);
  assert.equal(matchingStep(RFC_SECRET, totpCode(RFC_SECRET, step - 2), at), undefined);
  assert.equal(matchingStep(RFC_SECRET, '12345', at), undefined);
  assert.equal(matchingStep(RFC_SECRET, `${totpCode(RFC_SECRET, step)}0`, at), undefined);
});

test('the otpauth URI names the issuer and the account for the app', () => {
  const uri = new URL(otpauthUri('满意 Manyi', 'root', RFC_SECRET));
  assert.equal(uri.protocol, 'otpauth:');
  assert.equal(uri.searchParams.get('secret'), RFC_SECRET);
  assert.equal(uri.searchParams.get('issuer'), '满意 Manyi');
  assert.match(decodeURIComponent(uri.pathname), /满意 Manyi:root$/);
});
