/**
 * The permission matrix, generated from the route table: every person's route × every kind of
 * caller, inside and outside their scope, on both databases. A caller the declaration leaves out
 * gets 401 (no person's credential) or 403 and changes nothing; one it lets in never gets either.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { isPersonRoute, type Route } from './http/route.js';
import { API_OPERATIONS } from './routes/index.js';
import type { Store } from './store/store.js';
import { backends } from './test-support/backends.js';
import { ADMIN_TOKEN } from './test-support/http.js';
import type { Person } from './test-support/people.js';
import { holdsHall, PEOPLE, type PermissionFixture, permissionFixture, snapshot } from './test-support/permission-fixture.js';

type Caller = { label: string; person?: Person; token: () => Promise<string | null> };

/** What the declaration promises the caller: let in, or refused with 401 or 403. */
function expected(route: Route, caller: Caller): 'in' | 401 | 403 {
  const auth = route.auth;
  if (auth === 'public') return 'in';
  if (auth === 'device') return caller.label === 'device' ? 'in' : 401;
  if (!isPersonRoute(auth)) return 'in';
  if (caller.label === 'admin-token') return 'in';
  const p = caller.person;
  if (!p) return 401;
  if (!auth.roles.includes(p.role)) return 403;
  if (p.role === 'observer' && (auth.writes || auth.personal)) return 403;
  if (p.role === 'admin') return 'in';
  const names = route.path.includes(':username') ? 'account' : auth.scope === 'none' ? 'nothing' : 'scope';
  if (names === 'nothing') return 'in';
  // A manager's or clerk's scope is one station: naming a region is outside it.
  if (route.path.includes(':regionId') && p.stationId !== undefined) return 403;
  if (names === 'account' && p.role !== 'supervisor') return 403;
  return holdsHall(p) ? 'in' : 403;
}

function requestOf(route: Route, f: PermissionFixture, username: string): { method: string; path: string; body?: unknown } {
  let path = route.path
    .replace('/api/v1', '')
    .replace(/:([A-Za-z]+)/g, (_, name: string) => (name === 'username' ? username : (f.params[name] ?? 'x')));
  const shape = (route.query?.schema as { shape?: Record<string, unknown> } | undefined)?.shape;
  if (shape && 'station' in shape) path += '?station=hall';
  return { method: route.method.toUpperCase(), path, ...(route.body ? { body: {} } : {}) };
}

for (const backend of backends()) {
  describe(`permission matrix (${backend.name})`, { skip: backend.skip }, () => {
    let db: Awaited<ReturnType<typeof backend.fresh>>;
    let store: Store;
    let f: PermissionFixture;
    before(async () => {
      db = await backend.fresh();
      store = db.store;
      f = await permissionFixture(store);
    });
    after(() => db?.dispose());

    test('every route × every caller: refused as declared, and a refused call changes nothing', async () => {
      const callers: Caller[] = [
        { label: 'nobody', token: async () => null },
        { label: 'admin-token', token: async () => ADMIN_TOKEN },
        { label: 'device', token: async () => f.deviceToken },
        ...PEOPLE.map((person) => ({ label: person.username, person, token: () => f.session(person.username) })),
      ];
      const routes = API_OPERATIONS.filter((r) => r.auth !== 'metrics' && r.id !== 'login');
      let n = 0;
      const mismatches: string[] = [];
      for (const route of routes) {
        for (const caller of callers) {
          // Each account route acts on an account of its own, a clerk at `hall`.
          const target = `target-${n++}`;
          if (route.path.includes(':username')) {
            await store.accounts.create({
              username: target,
              displayName: target,
              role: 'clerk',
              stationId: 'hall',
              passwordHash: 'x',
              mustChangePassword: false,
            });
          }
          const { method, path, body } = requestOf(route, f, target);
          const want = expected(route, caller);
          const before = want === 'in' ? '' : await snapshot(store);
          const answer = await f.call(method, path, body, await caller.token());
          const got = answer.status === 401 || answer.status === 403 ? answer.status : 'in';
          if (got !== want)
            mismatches.push(`${caller.label} ${method} ${path}: ${answer.status} ${answer.text.slice(0, 120)}, expected ${want}`);
          assert.ok(answer.status < 500, `${caller.label} ${method} ${path}: ${answer.text}`);
          if (want !== 'in') assert.equal(await snapshot(store), before, `${caller.label} ${method} ${path} changed something`);
          if (got === 403) assert.equal(answer.body.error.code, 'forbidden', `${caller.label} ${method} ${path}`);
        }
      }
      assert.deepEqual(mismatches, []);
    });
  });
}
