import { regionsWithin, type Station } from '@manyi/core';
import { ApiError } from './errors.js';
import type { Store } from './store/store.js';

/** Every station within the region or any region below it, ordered by id; 404 for an unknown region. */
export async function stationsOfRegion(store: Store, regionId: string): Promise<Station[]> {
  const regions = await store.regions.list();
  if (!regions.some((r) => r.id === regionId)) throw new ApiError(404, 'region-not-found', `no region "${regionId}"`);
  const within = regionsWithin(regions, regionId);
  return (await store.stations.list()).filter((s) => s.regionId !== undefined && within.has(s.regionId));
}
