import { entryProblems, readCatalogue, repeatedIds } from './catalogue.js';
import { ApiError } from './errors.js';
import { CATALOGUE_KINDS, type CatalogueKind, type NewStation, type Store } from './store/store.js';

/** Repeated ids and references to entries the new station will not have. */
export async function newStationProblems(station: NewStation): Promise<string[]> {
  const ids = Object.fromEntries(CATALOGUE_KINDS.map((k) => [k, new Set((station[k] ?? []).map((e) => e.id))])) as Record<
    CatalogueKind,
    Set<string>
  >;
  const exists = async (kind: CatalogueKind, id: string) => ids[kind].has(id);
  const problems: string[] = [];
  for (const kind of CATALOGUE_KINDS) {
    const entries = station[kind] ?? [];
    problems.push(...repeatedIds(entries, kind));
    for (const [i, entry] of entries.entries()) problems.push(...(await entryProblems(entry, exists, `${kind}[${i}].`)));
  }
  return problems;
}

/** A station may only be placed in a region that exists. */
export async function regionProblem(store: Store, regionId: string | null | undefined): Promise<string | undefined> {
  if (regionId === undefined || regionId === null) return undefined;
  return (await store.regions.list()).some((r) => r.id === regionId) ? undefined : `regionId: no region "${regionId}"`;
}

/** A station with its whole catalogue; 404 when there is no such station. */
export async function stationWithCatalogue(store: Store, stationId: string) {
  const station = await store.stations.get(stationId);
  if (!station) throw new ApiError(404, 'station-not-found', `no station "${stationId}"`);
  return { ...station, ...(await readCatalogue(store, stationId)) };
}
