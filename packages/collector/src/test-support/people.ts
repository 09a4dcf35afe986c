import { hashSecret } from '../credentials.js';
import type { Role } from '../http/actor.js';
import type { Store } from '../store/store.js';

/** A scope for a test account: a region or a station. */
export interface Person {
  username: string;
  role: Role;
  regionId?: string;
  stationId?: string;
}

/**
 * Puts the accounts straight into the store (no KDF: their passwords are never typed) and returns
 * a way to get a fresh session token for any of them, so a test can sign out without losing them.
 */
export async function seedPeople(store: Store, people: readonly Person[]): Promise<(username: string) => Promise<string>> {
  for (const p of people) {
    await store.accounts.create({ ...p, displayName: p.username, passwordHash: 'scrypt$unusable', mustChangePassword: false });
  }
  let n = 0;
  return async (username) => {
    const token = `mss_test-${username}-${n++}`;
    const now = new Date();
    await store.accounts.startSession(hashSecret(token), username, now.toISOString(), new Date(now.getTime() + 3_600_000).toISOString());
    return token;
  };
}
