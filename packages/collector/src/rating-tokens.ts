import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { EVENT_ID_PATTERN } from '@manyi/core';
import type { Store } from './store/store.js';

/**
 * Rating tokens for 补充评价: `<eventId>.<expiry, epoch seconds in base 36>.<key id>.<HMAC-SHA256>`,
 * signed with a key kept in the database (settings `rating-token-key:<id>`), so every collector on
 * it can check them. Rotating means setting `rating-token-key-current` to a new id: tokens signed
 * with an older key still verify until they expire. Single use is the storage's (one rating per
 * event); a token names only its event, so nothing in it can be changed without breaking the MAC.
 */

const CURRENT = 'rating-token-key-current';
const keyName = (id: string) => `rating-token-key:${id}`;
const KEY_ID = /^[a-z0-9]{1,16}$/;

export interface RatingTokenClaims {
  eventId: string;
  /** Epoch ms. */
  expiresAt: number;
}

const keys = new WeakMap<Store, Map<string, Buffer>>();

async function key(store: Store, id: string): Promise<Buffer | undefined> {
  const cached = keys.get(store)?.get(id);
  if (cached) return cached;
  const text = await store.settings.get(keyName(id));
  if (!text) return undefined;
  const found = Buffer.from(text, 'base64url');
  const byId = keys.get(store) ?? new Map<string, Buffer>();
  keys.set(store, byId);
  byId.set(id, found);
  return found;
}

/** The key new tokens are signed with, made on first use (the same for every collector on the database). */
async function currentKey(store: Store): Promise<{ id: string; secret: Buffer }> {
  const id = await store.settings.init(CURRENT, '1');
  await store.settings.init(keyName(id), randomBytes(32).toString('base64url'));
  const secret = await key(store, id);
  if (!secret) throw new Error(`rating token key ${id} could not be read back`);
  return { id, secret };
}

const mac = (secret: Buffer, signed: string) => createHmac('sha256', secret).update(signed).digest('base64url');

export async function signRatingToken(store: Store, claims: RatingTokenClaims): Promise<string> {
  const { id, secret } = await currentKey(store);
  const signed = `${claims.eventId}.${Math.floor(claims.expiresAt / 1000).toString(36)}.${id}`;
  return `${signed}.${mac(secret, signed)}`;
}

/** The token's claims when it is well made, signed by one of our keys and not expired; undefined otherwise. */
export async function verifyRatingToken(store: Store, token: string, now = Date.now()): Promise<RatingTokenClaims | undefined> {
  const parts = token.split('.');
  if (parts.length !== 4) return undefined;
  const [eventId, expiry, keyId, given] = parts as [string, string, string, string];
  if (!EVENT_ID_PATTERN.test(eventId) || !/^[0-9a-z]{1,10}$/.test(expiry) || !KEY_ID.test(keyId)) return undefined;
  const secret = await key(store, keyId);
  if (!secret) return undefined;
  const expected = Buffer.from(mac(secret, `${eventId}.${expiry}.${keyId}`));
  const actual = Buffer.from(given);
  if (actual.length !== expected.length || !timingSafeEqual(actual, expected)) return undefined;
  const expiresAt = Number.parseInt(expiry, 36) * 1000;
  return expiresAt > now ? { eventId, expiresAt } : undefined;
}
