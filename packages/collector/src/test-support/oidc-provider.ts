/**
 * A real OpenID Connect provider (oidc-provider, panva) on a local port, for the single sign-on
 * tests, and a browser's part in its sign-in: following redirects with cookies and submitting
 * the provider's own login and consent forms.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';

export const CLIENT = { id: 'manyi', secret: 'manyi-client-secret-0123456789' };
export const REDIRECT_BASE = 'http://manyi.test';

/** What each test person's identity says about them. */
export type Identities = Record<string, Record<string, unknown>>;

export async function startProvider(people: Identities): Promise<{ issuer: string; close(): Promise<void> }> {
  let handle: ReturnType<Provider['callback']> | undefined;
  const server = createServer((req, res) => handle?.(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: CLIENT.id,
        client_secret: CLIENT.secret,
        redirect_uris: [`${REDIRECT_BASE}/api/v1/auth/oidc/callback`],
        token_endpoint_auth_method: 'client_secret_post',
      },
    ],
    findAccount: (_ctx: unknown, id: string) => (people[id] ? { accountId: id, claims: () => ({ sub: id, ...people[id] }) } : undefined),
    claims: { openid: ['sub'], profile: ['preferred_username', 'name', 'groups'] },
    // The claims in the ID token itself, which is all Manyi reads (no userinfo call).
    conformIdTokenClaims: false,
    pkce: { required: () => true },
    cookies: { keys: ['oidc-test-cookie-key'] },
  });
  // The provider's development keys and interactions warn once on the console; they are what a test wants.
  handle = provider.callback();
  return { issuer, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

/** A cookie jar for one browser and one site: name → value. */
class Jar {
  readonly #cookies = new Map<string, string>();
  keep(response: Response): void {
    for (const line of response.headers.getSetCookie()) {
      const [pair = ''] = line.split(';');
      const at = pair.indexOf('=');
      const expired = /max-age=0|expires=thu, 01 jan 1970/i.test(line);
      if (expired) this.#cookies.delete(pair.slice(0, at));
      else this.#cookies.set(pair.slice(0, at), pair.slice(at + 1));
    }
  }
  get header(): string {
    return [...this.#cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }
}

/**
 * Plays the browser at the provider from its authorization URL: signs in as `login`, consents,
 * and returns the URL the provider sends the browser back to (Manyi's callback, with its query).
 */
export async function signInAtProvider(authorizationUrl: string, login: string): Promise<URL> {
  const jar = new Jar();
  let next = new URL(authorizationUrl);
  for (let hop = 0; hop < 12; hop++) {
    if (next.href.startsWith(REDIRECT_BASE)) return next;
    const page = await fetch(next, { redirect: 'manual', headers: { cookie: jar.header } });
    jar.keep(page);
    const location = page.headers.get('location');
    if (location) {
      next = new URL(location, next);
      continue;
    }
    // A development login or consent form: post its hidden prompt, and for login who signs in.
    const html = await page.text();
    const action = /<form[^>]*action="([^"]+)"/.exec(html)?.[1];
    const prompt = /name="prompt" value="(\w+)"/.exec(html)?.[1];
    if (!action || !prompt) throw new Error(`the provider answered ${page.status} with no form: ${html.slice(0, 300)}`);
    const form = new URLSearchParams({ prompt, ...(prompt === 'login' ? { login, password: 'any' } : {}) });
    const posted = await fetch(new URL(action, next), {
      method: 'POST',
      redirect: 'manual',
      headers: { cookie: jar.header, 'content-type': 'application/x-www-form-urlencoded' },
      body: form,
    });
    jar.keep(posted);
    next = new URL(posted.headers.get('location') ?? '', next);
  }
  throw new Error('the provider never sent the browser back');
}
