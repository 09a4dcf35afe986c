import type { Context } from 'hono';
import type { AppEnv } from '../env.js';
import type { Store } from '../store/store.js';

/** What a request names: stations and regions; `undefined` for a thing the path names that does not exist. */
export interface Targets {
  stations: (string | undefined)[];
  regions: string[];
}

/** Ids are short; anything longer names nothing, and is not worth a lookup. */
const plausible = (id: string | undefined): id is string => id !== undefined && id !== '' && id.length <= 200;

/**
 * The stations and regions a request acts on, for the scope check: the path's station or region,
 * the `station` and `region` query parameters, and the station of the case, complaint, device or
 * record the path names (looked up in the store).
 */
export async function requestTargets(c: Context<AppEnv>, store: Store): Promise<Targets> {
  const stations: (string | undefined)[] = [];
  const regions: string[] = [];
  const param = (name: string) => c.req.param(name) as string | undefined;
  const named = async (name: string, lookUp: (id: string) => Promise<string | undefined>) => {
    const id = param(name);
    if (id !== undefined) stations.push(plausible(id) ? await lookUp(id) : undefined);
  };
  const stationId = param('stationId');
  if (stationId !== undefined) stations.push(stationId);
  const regionId = param('regionId');
  if (regionId !== undefined) regions.push(regionId);
  stations.push(...(c.req.queries('station') ?? []));
  regions.push(...(c.req.queries('region') ?? []));
  await named('caseId', async (id) => (await store.cases.getCase(id))?.stationId);
  await named('trackingNo', async (id) => (await store.complaints.get({ trackingNo: id }))?.stationId);
  await named('deviceId', async (id) => (await store.devices.get(id))?.stationId);
  await named('recordId', (id) => store.records.stationOf(id));
  return { stations, regions };
}
