/**
 * The short secret printed and shown with a complaint's tracking number: the status lookup needs
 * both, so numbers — which follow a pattern — cannot be enumerated. It is read off the random bits
 * of the complaint's record id (a UUIDv7), so a tablet makes it offline with the number and the
 * collector knows it without storing anything; the tracking number says nothing about it.
 */
import { TRACKING_ALPHABET } from './tracking-number.js';

export const COMPLAINT_SECRET_LENGTH = 6;

/** Six characters of Crockford's base 32 (30 random bits) from the end of the record id. */
export function complaintSecret(recordId: string): string {
  const hex = recordId.replace(/-/g, '').slice(-8);
  let bits = Number.parseInt(hex, 16) >>> 2;
  let secret = '';
  for (let i = 0; i < COMPLAINT_SECRET_LENGTH; i++) {
    secret = (TRACKING_ALPHABET[bits & 31] ?? '0') + secret;
    bits >>>= 5;
  }
  return secret;
}

/** Whether a typed secret is this complaint's; case and the letters people type for 0 and 1 do not matter. */
export function complaintSecretMatches(recordId: string, typed: string): boolean {
  const normal = typed.trim().toUpperCase().replace(/O/g, '0').replace(/[IL]/g, '1');
  const expected = complaintSecret(recordId);
  let difference = normal.length ^ expected.length;
  for (let i = 0; i < expected.length; i++) difference |= (normal.charCodeAt(i) || 0) ^ expected.charCodeAt(i);
  return difference === 0;
}
