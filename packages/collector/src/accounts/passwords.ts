import { randomBytes, type ScryptOptions, scrypt, timingSafeEqual } from 'node:crypto';
import { COMMON_PASSWORDS } from './common-passwords.js';

/**
 * Passwords under scrypt (memory-hard: 16 MiB a try at these figures), with a per-account salt;
 * the encoded hash names its parameters, so they can rise later without invalidating older
 * hashes: `scrypt$<log2 N>$<r>$<p>$<salt>$<hash>` (base64url).
 *
 * N = 2^14, not 2^15: a sign-in is meant to take 50–250 ms on the 2-core machines the collector
 * runs on, also while other work shares them. Measured there (bench/accounts.bench.ts, the machine
 * shared and busy): 2^15 took ~180–190 ms of CPU and 0.4–0.8 s of wall time per derivation, and
 * sign-ins over HTTP a p95 of 1.2–1.7 s; 2^14 took ~30 ms of CPU, 90–150 ms of wall time, and
 * sign-ins a p95 of 0.18–0.41 s.
 * Raise it where the hardware allows: hashes made at 2^14 keep verifying.
 */
export const KDF = { log2N: 14, r: 8, p: 1, keyLength: 32 } as const;

export const MIN_PASSWORD_LENGTH = 10;

function derive(password: string, salt: Buffer, log2N: number, r: number, p: number, keyLength: number): Promise<Buffer> {
  const N = 2 ** log2N;
  // 128·N·r bytes, with room to spare: node's default ceiling is exactly 32 MiB.
  const options: ScryptOptions = { N, r, p, maxmem: 256 * N * r + 1024 * 1024 };
  return new Promise((resolve, reject) =>
    scrypt(password.normalize('NFC'), salt, keyLength, options, (error, key) => (error ? reject(error) : resolve(key))),
  );
}

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, KDF.log2N, KDF.r, KDF.p, KDF.keyLength);
  return ['scrypt', KDF.log2N, KDF.r, KDF.p, salt.toString('base64url'), key.toString('base64url')].join('$');
}

/** Whether `password` matches `encoded`; a malformed hash never matches. */
export async function passwordMatches(password: string, encoded: string): Promise<boolean> {
  const [kind, log2N, r, p, salt, hash] = encoded.split('$');
  if (kind !== 'scrypt' || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64url');
  const key = await derive(password, Buffer.from(salt, 'base64url'), Number(log2N), Number(r), Number(p), expected.length);
  return timingSafeEqual(key, expected);
}

let dummy: Promise<string> | undefined;

/** A hash of nothing anyone can type: checked against when the username is unknown, so both take as long. */
export function dummyPasswordHash(): Promise<string> {
  dummy ??= hashPassword(randomBytes(24).toString('base64url'));
  return dummy;
}

/** Why a password may not be used, or undefined when it may. */
export function passwordProblem(password: string, username?: string): string | undefined {
  if ([...password].length < MIN_PASSWORD_LENGTH) return `a password needs at least ${MIN_PASSWORD_LENGTH} characters`;
  const folded = password.toLowerCase();
  if (COMMON_PASSWORDS.has(folded)) return 'this password is among the most common ones; choose another';
  if (username !== undefined && folded.includes(username.toLowerCase())) return 'a password must not contain the username';
  if (new Set(password).size < 4) return 'a password needs at least 4 different characters';
  return undefined;
}
