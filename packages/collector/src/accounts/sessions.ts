import { randomBytes } from 'node:crypto';
import { hashSecret } from '../credentials.js';
import { ApiError } from '../errors.js';
import type { Actor } from '../http/actor.js';
import { type BucketSpec, TokenBuckets } from '../rate-limit.js';
import type { Account } from '../store/account-store.js';
import type { Store } from '../store/store.js';
import type { OidcSettings } from './oidc-settings.js';
import { dummyPasswordHash, passwordMatches } from './passwords.js';
import { codeRefusal } from './second-factor.js';
import { SingleSignOn } from './single-sign-on.js';

/** A session token is recognisable at a glance (and by the gate) as a person's, not a tablet's. */
export const SESSION_PREFIX = 'mss_';

export interface SessionOptions {
  /** A session ends this long after sign-in, however busy (MANYI_SESSION_HOURS, default 12). */
  hours?: number;
  /** … or after this long unused (MANYI_SESSION_IDLE_MINUTES, default 30). */
  idleMinutes?: number;
  /** Failed sign-ins per username before it waits: a guesser gets one try a minute after a few. */
  accountFailures?: BucketSpec;
  /** Single sign-on through an OpenID Connect provider (MANYI_OIDC_*), when configured. */
  oidc?: OidcSettings;
}

export const DEFAULT_SESSION_HOURS = 12;
export const DEFAULT_SESSION_IDLE_MINUTES = 30;
const DEFAULT_ACCOUNT_FAILURES: BucketSpec = { capacity: 5, perMinute: 1 };
/** Last use is written at most this often, so a busy dashboard does not write on every call. */
const TOUCH_EVERY_MS = 60_000;

const INVALID = () => new ApiError(401, 'invalid-credentials', 'the username or the password is wrong');

export const actorOf = (a: Account): Actor => ({
  name: a.username,
  role: a.role,
  ...(a.regionId === undefined ? {} : { regionId: a.regionId }),
  ...(a.stationId === undefined ? {} : { stationId: a.stationId }),
});

/** A signed-in person: who acts, and whether they must choose a new password before anything else. */
export interface SignedIn {
  actor: Actor;
  account: Account;
  tokenHash: string;
}

/** Sign-in, the sessions it starts, and what a session token stands for on each call. */
export class Sessions {
  readonly #store: Store;
  readonly #lifetimeMs: number;
  readonly #idleMs: number;
  readonly #failures: TokenBuckets;
  /** Sign-in through the configured OpenID Connect provider; undefined when none is. */
  readonly singleSignOn: SingleSignOn | undefined;

  constructor(store: Store, options: SessionOptions = {}) {
    this.#store = store;
    this.#lifetimeMs = (options.hours ?? DEFAULT_SESSION_HOURS) * 3_600_000;
    this.#idleMs = (options.idleMinutes ?? DEFAULT_SESSION_IDLE_MINUTES) * 60_000;
    this.#failures = new TokenBuckets(options.accountFailures ?? DEFAULT_ACCOUNT_FAILURES);
    this.singleSignOn = options.oidc ? new SingleSignOn(options.oidc, store) : undefined;
  }

  /** How long a session lasts at most: the session cookie's Max-Age. */
  get lifetimeSeconds(): number {
    return this.#lifetimeMs / 1000;
  }

  /**
   * A new session for the right username and password. An unknown username costs the same hash as
   * a wrong password and answers the same 401; a username with too many failures waits (429),
   * whatever the password, so the wait tells a guesser nothing. An account with TOTP also needs
   * `otp`: a missing or wrong code spends the same budget, since it tells the password was right.
   */
  async signIn(username: string, password: string, otp?: string): Promise<{ token: string; account: Account }> {
    this.#refuseWhileWaiting(username);
    const stored = await this.#store.accounts.passwordHash(username);
    const matches = await passwordMatches(password, stored ?? (await dummyPasswordHash()));
    const account = matches && stored !== undefined ? await this.#store.accounts.get(username) : undefined;
    if (!account || account.disabled) {
      this.#failures.take(username);
      throw INVALID();
    }
    await this.#check(username, () => codeRefusal(this.#store, username, otp, 'confirmed'));
    return { token: await this.start(username), account };
  }

  /**
   * Checks a TOTP code of a signed-in account (confirming or removing it), throttled like sign-in.
   * A wrong code is a 400 here, as a wrong current password is: the session itself is fine.
   */
  async checkCode(username: string, code: string, state: 'confirmed' | 'pending'): Promise<void> {
    this.#refuseWhileWaiting(username);
    try {
      await this.#check(username, () => codeRefusal(this.#store, username, code, state));
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) throw new ApiError(400, error.code, error.message);
      throw error;
    }
  }

  async #check(username: string, refusal: () => Promise<ApiError | undefined>): Promise<void> {
    const error = await refusal();
    if (!error) return;
    if (error.status === 401) this.#failures.take(username);
    throw error;
  }

  #refuseWhileWaiting(username: string): void {
    const wait = this.#failures.waitSeconds(username);
    if (wait > 0) throw new ApiError(429, 'too-many-requests', `too many failed sign-ins for this account; try again in ${wait} s`, wait);
  }

  /** Starts a session for an account whose credentials were just checked. */
  async start(username: string): Promise<string> {
    const token = `${SESSION_PREFIX}${randomBytes(32).toString('base64url')}`;
    const now = Date.now();
    await this.#store.accounts.startSession(
      hashSecret(token),
      username,
      new Date(now).toISOString(),
      new Date(now + this.#lifetimeMs).toISOString(),
    );
    return token;
  }

  /** Who a session token stands for, or undefined when it is unknown, expired, idle too long or its account disabled. */
  async resolve(token: string, now = Date.now()): Promise<SignedIn | undefined> {
    const tokenHash = hashSecret(token);
    const found = await this.#store.accounts.session(tokenHash);
    if (!found) return undefined;
    const lastUsed = Date.parse(found.session.lastUsedAt);
    if (now >= Date.parse(found.session.expiresAt) || now - lastUsed >= this.#idleMs) {
      await this.#store.accounts.endSession(tokenHash);
      return undefined;
    }
    if (now - lastUsed >= TOUCH_EVERY_MS) await this.#store.accounts.touchSession(tokenHash, new Date(now).toISOString());
    return { actor: actorOf(found.account), account: found.account, tokenHash };
  }

  async end(tokenHash: string): Promise<void> {
    await this.#store.accounts.endSession(tokenHash);
  }
}
