import { regionsWithin } from '@manyi/core';
import { ApiError } from '../errors.js';
import type { Store } from '../store/store.js';
import type { Actor, Role } from './actor.js';
import type { Permission } from './route.js';
import type { Targets } from './scope.js';

export const forbidden = (message: string) => new ApiError(403, 'forbidden', message);

/** Refuses the call unless the actor holds one of `roles` (checks a handler makes on what the body asks). */
export function requireRole(actor: Actor, roles: readonly Role[], what: string): void {
  if (!roles.includes(actor.role as Role)) throw forbidden(`${what} needs the role ${roles.join(' or ')}; you act as ${actor.role}`);
}

/** Whether every station and region named lies within the actor's own station or region. */
export async function withinScope(actor: Actor, targets: Targets, store: Store): Promise<boolean> {
  if (actor.role === 'admin') return true;
  const { stations, regions } = targets;
  if (stations.length === 0 && regions.length === 0) return false;
  if (actor.role === 'manager' || actor.role === 'clerk') {
    return regions.length === 0 && stations.every((s) => s !== undefined && s === actor.stationId);
  }
  if ((actor.role === 'supervisor' || actor.role === 'observer') && actor.regionId !== undefined) {
    const mine = regionsWithin(await store.regions.list(), actor.regionId);
    if (!regions.every((r) => mine.has(r))) return false;
    for (const id of stations) {
      const regionId = id === undefined ? undefined : (await store.stations.get(id))?.regionId;
      if (regionId === undefined || !mine.has(regionId)) return false;
    }
    return true;
  }
  return false;
}

/**
 * Refuses (403, before anything changes) a call outside the actor's role or scope. A route with a
 * scope must name a station or region: a scoped caller gets nothing unnamed.
 */
export async function authorize(actor: Actor, permission: Permission, targets: () => Promise<Targets>, store: Store): Promise<void> {
  const role = actor.role;
  if (role === 'device' || !permission.roles.includes(role)) throw forbidden(`this call is not open to the role ${role}`);
  if (role === 'observer' && permission.writes) throw forbidden('observers read; they change nothing');
  if (role === 'observer' && permission.personal) throw forbidden('observers never see personal data');
  if (permission.scope === 'none' || role === 'admin') return;
  if (!(await withinScope(actor, await targets(), store))) {
    const own = actor.stationId ? `station "${actor.stationId}"` : `region "${actor.regionId ?? '?'}"`;
    throw forbidden(`name a station or region within your ${own} (path, or ?station= / ?region=)`);
  }
}
