import { regionsWithin } from '@manyi/core';
import type { Actor, Role } from '../http/actor.js';
import { forbidden } from '../http/permission.js';
import type { Store } from '../store/store.js';

/** An account's role and the one scope it needs. */
export interface AccountScope {
  role: Role;
  regionId?: string;
  stationId?: string;
}

/**
 * Why the role and scope do not fit together, or undefined: a supervisor or observer needs a
 * region, a manager or clerk a station (each existing), an admin neither.
 */
export async function scopeProblem(s: AccountScope, store: Store): Promise<string | undefined> {
  const needsRegion = s.role === 'supervisor' || s.role === 'observer';
  const needsStation = s.role === 'manager' || s.role === 'clerk';
  if (needsRegion !== (s.regionId !== undefined))
    return needsRegion ? `regionId: a ${s.role} needs a region` : `regionId: a ${s.role} has none`;
  if (needsStation !== (s.stationId !== undefined))
    return needsStation ? `stationId: a ${s.role} needs a station` : `stationId: a ${s.role} has none`;
  if (s.regionId !== undefined && !(await store.regions.list()).some((r) => r.id === s.regionId))
    return `regionId: no region "${s.regionId}"`;
  if (s.stationId !== undefined && !(await store.stations.get(s.stationId))) return `stationId: no station "${s.stationId}"`;
  return undefined;
}

/** Whether the actor may manage an account with this scope: an admin any, a supervisor those below admin within their region. */
export async function mayManage(actor: Actor, s: AccountScope, store: Store): Promise<boolean> {
  if (actor.role === 'admin') return true;
  if (actor.role !== 'supervisor' || actor.regionId === undefined || s.role === 'admin') return false;
  const mine = regionsWithin(await store.regions.list(), actor.regionId);
  const regionId = s.regionId ?? (s.stationId === undefined ? undefined : (await store.stations.get(s.stationId))?.regionId);
  return regionId !== undefined && mine.has(regionId);
}

/** Refuses (403) an account outside what the actor may manage. */
export async function requireManageable(actor: Actor, s: AccountScope, store: Store): Promise<void> {
  if (!(await mayManage(actor, s, store))) throw forbidden('a supervisor manages only accounts below admin within their own region');
}
