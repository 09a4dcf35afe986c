import { randomBytes } from 'node:crypto';
import { hashPassword, passwordProblem } from './accounts/passwords.js';
import { DEMO_REGION, DEMO_STATION } from './demo-data.js';
import type { Role } from './http/actor.js';
import type { Store } from './store/store.js';

/** One account per role, each scoped as the role needs: the district for the region roles, the demo hall for the station's. */
const DEMO_PEOPLE: readonly { role: Role; displayName: string; regionId?: string; stationId?: string }[] = [
  { role: 'admin', displayName: '演示管理员' },
  { role: 'supervisor', displayName: '演示主管', regionId: DEMO_REGION.id },
  { role: 'observer', displayName: '演示监督员', regionId: DEMO_REGION.id },
  { role: 'manager', displayName: '演示站长', stationId: DEMO_STATION.id },
  { role: 'clerk', displayName: '演示窗口', stationId: DEMO_STATION.id },
];

/** A random password the policy accepts (12 characters of base64url). */
function demoPassword(): string {
  for (;;) {
    const password = randomBytes(9).toString('base64url');
    if (!passwordProblem(password, 'demo')) return password;
  }
}

/**
 * Creates `demo-admin`, `demo-supervisor`, `demo-observer`, `demo-manager` and `demo-clerk` with
 * fresh random passwords (no demo password is the same on two machines), for the caller to print
 * with the demo's other start-up lines. An account that exists already is left as it is.
 */
export async function seedDemoAccounts(store: Store): Promise<{ role: Role; username: string; password: string }[]> {
  const created: { role: Role; username: string; password: string }[] = [];
  for (const person of DEMO_PEOPLE) {
    const username = `demo-${person.role}`;
    const password = demoPassword();
    const passwordHash = await hashPassword(password);
    if (await store.accounts.create({ username, ...person, passwordHash, mustChangePassword: false })) {
      created.push({ role: person.role, username, password });
    }
  }
  return created;
}
