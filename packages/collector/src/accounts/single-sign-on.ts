/**
 * OpenID Connect sign-in, authorization code with PKCE, through openid-client (panva): the
 * provider's metadata is discovered once; each sign-in's state, nonce and PKCE verifier stay on
 * the server, in the database, so any collector of it may receive the return (the browser holds
 * only a random flow id); and the answer is checked by the library (state, issuer, code exchange,
 * ID token signature, nonce) before any claim is read. The library loads on first use: a
 * collector without single sign-on does not pay its start-up.
 */
import { randomBytes } from 'node:crypto';
import type * as Oidc from 'openid-client';
import { hashSecret } from '../credentials.js';
import { ApiError } from '../errors.js';
import { UsernameSchema } from '../schemas/accounts.js';
import type { Store } from '../store/store.js';
import type { AccountScope } from './account-rules.js';
import type { OidcSettings } from './oidc-settings.js';

/** Who the provider says signed in, and the role and scope the settings grant them. */
export interface SsoIdentity {
  issuer: string;
  subject: string;
  username: string;
  displayName: string;
  scope: AccountScope;
}

/** A sign-in must come back within this long. */
export const FLOW_SECONDS = 600;

const library = () => import('openid-client');

const claimValues = (value: unknown): string[] =>
  typeof value === 'string' ? [value] : Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];

export class SingleSignOn {
  readonly #settings: OidcSettings;
  readonly #store: Store;
  #config: Promise<Oidc.Configuration> | undefined;

  constructor(settings: OidcSettings, store: Store) {
    this.#settings = settings;
    this.#store = store;
  }

  get label(): string {
    return this.#settings.label;
  }

  /** Where to send the browser, and the flow id its cookie keeps until it returns. */
  async begin(now = Date.now()): Promise<{ flowId: string; url: string }> {
    const [oidc, config] = await Promise.all([library(), this.#configuration()]);
    const flow = {
      state: oidc.randomState(),
      nonce: oidc.randomNonce(),
      verifier: oidc.randomPKCECodeVerifier(),
      expiresAt: new Date(now + FLOW_SECONDS * 1000).toISOString(),
    };
    const url = oidc.buildAuthorizationUrl(config, {
      redirect_uri: this.#settings.redirectUri,
      scope: this.#settings.scopes,
      code_challenge: await oidc.calculatePKCECodeChallenge(flow.verifier),
      code_challenge_method: 'S256',
      state: flow.state,
      nonce: flow.nonce,
    });
    const flowId = randomBytes(24).toString('base64url');
    await this.#store.oidcFlows.put(hashSecret(flowId), flow, new Date(now).toISOString());
    return { flowId, url: url.href };
  }

  /**
   * Checks the provider's answer (the callback's query) against the flow this browser started, and
   * maps the person's claims to a role. A flow works once.
   */
  async finish(flowId: string | undefined, query: string, now = Date.now()): Promise<SsoIdentity> {
    const flow = flowId === undefined ? undefined : await this.#store.oidcFlows.take(hashSecret(flowId));
    if (!flow || Date.parse(flow.expiresAt) <= now) {
      throw new ApiError(400, 'oidc-flow-unknown', 'this sign-in was not started here, or took too long: start again');
    }
    const [oidc, config] = await Promise.all([library(), this.#configuration()]);
    // The address the provider was told, whatever host or proxy this request came through.
    const callback = new URL(this.#settings.redirectUri);
    callback.search = query;
    let claims: Oidc.IDToken | undefined;
    try {
      const tokens = await oidc.authorizationCodeGrant(config, callback, {
        pkceCodeVerifier: flow.verifier,
        expectedState: flow.state,
        expectedNonce: flow.nonce,
        idTokenExpected: true,
      });
      claims = tokens.claims();
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new ApiError(400, 'oidc-refused', `the identity provider's answer did not check out (${reason}): start again`);
    }
    if (!claims) throw new ApiError(400, 'oidc-refused', 'the identity provider sent no ID token');
    return this.#identity(claims);
  }

  #identity(claims: Oidc.IDToken): SsoIdentity {
    const s = this.#settings;
    const held = new Set(claimValues(claims[s.roleClaim]));
    const granted = s.roleMap.find(([value]) => held.has(value));
    if (!granted) throw new ApiError(403, 'oidc-unmapped', `your identity holds no "${s.roleClaim}" value that grants a role in Manyi`);
    const username = claimValues(claims[s.usernameClaim])[0]?.toLowerCase() ?? '';
    if (!UsernameSchema.safeParse(username).success) {
      throw new ApiError(403, 'oidc-username', `the claim "${s.usernameClaim}" is no usable username (2–40 of a-z 0-9 . _ -)`);
    }
    const displayName = claimValues(claims[s.displayNameClaim])[0]?.slice(0, 100) || username;
    return { issuer: claims.iss, subject: claims.sub, username, displayName, scope: granted[1] };
  }

  /** Discovers the provider once; a failed discovery is tried again on the next sign-in. */
  #configuration(): Promise<Oidc.Configuration> {
    const s = this.#settings;
    this.#config ??= library()
      .then((oidc) =>
        oidc.discovery(
          new URL(s.issuer),
          s.clientId,
          s.clientSecret === undefined ? undefined : { client_secret: s.clientSecret },
          s.clientSecret === undefined ? oidc.None() : oidc.ClientSecretPost(s.clientSecret),
          { execute: s.allowHttp ? [oidc.allowInsecureRequests] : [], timeout: 10 },
        ),
      )
      .catch((error: unknown) => {
        this.#config = undefined;
        const reason = error instanceof Error ? error.message : String(error);
        throw new ApiError(502, 'oidc-unavailable', `the identity provider at ${s.issuer} could not be reached (${reason})`);
      });
    return this.#config;
  }
}
