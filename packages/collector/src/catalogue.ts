import type { Catalogue, CatalogueEntry, CatalogueKind, Store } from './store/store.js';

/** A station's whole catalogue, as the kiosk and the dashboard get it. */
export async function readCatalogue(store: Store, stationId: string): Promise<Catalogue> {
  const [windows, staff, serviceItems, commitments] = await Promise.all([
    store.catalogue.list(stationId, 'windows'),
    store.catalogue.list(stationId, 'staff'),
    store.catalogue.list(stationId, 'serviceItems'),
    store.catalogue.list(stationId, 'commitments'),
  ]);
  return { windows, staff, serviceItems, commitments };
}

/** Whether the station has an entry of that kind with that id. */
export type EntryExists = (kind: CatalogueKind, id: string) => Promise<boolean>;

const NOUN: Record<CatalogueKind, string> = {
  windows: 'window',
  staff: 'staff member',
  serviceItems: 'service item',
  commitments: 'commitment',
};

/** `"a"` repeated in a list, as `materials[3].id: "a" appears twice`; ids must be unique where others point at them. */
export function repeatedIds(entries: readonly { id: string }[], at: string): string[] {
  const seen = new Set<string>();
  const problems: string[] = [];
  entries.forEach((e, i) => {
    if (seen.has(e.id)) problems.push(`${at}[${i}].id: "${e.id}" appears twice`);
    seen.add(e.id);
  });
  return problems;
}

/**
 * What the shared schemas cannot see about one entry: references to other entries of the station
 * (a staff member's window, a commitment's service item) and repeated material ids (notices name
 * materials by id). Messages read like describeIssues', `at` prefixing the path.
 */
export async function entryProblems(entry: CatalogueEntry<CatalogueKind>, exists: EntryExists, at = ''): Promise<string[]> {
  const problems: string[] = [];
  const refer = async (field: string, target: CatalogueKind, id: string | undefined) => {
    if (id !== undefined && !(await exists(target, id))) problems.push(`${at}${field}: no ${NOUN[target]} "${id}" at this station`);
  };
  if ('windowId' in entry) await refer('windowId', 'windows', entry.windowId);
  if ('serviceItemId' in entry) await refer('serviceItemId', 'serviceItems', entry.serviceItemId);
  if ('guide' in entry) problems.push(...repeatedIds(entry.guide.materials, `${at}guide.materials`));
  return problems;
}

export function catalogueNoun(kind: CatalogueKind): string {
  return NOUN[kind];
}
