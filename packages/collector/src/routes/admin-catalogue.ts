import { catalogueNoun, entryProblems } from '../catalogue.js';
import { ApiError } from '../errors.js';
import { MANAGE_STATION, READ_AT_WINDOW } from '../http/roles.js';
import { createdOrReplaced, op, type Route } from '../http/route.js';
import { forgetRules } from '../ingest/station-rules.js';
import { CATALOGUE_COLLECTIONS } from '../schemas/catalogue.js';
import type { CatalogueEntry, CatalogueKind } from '../store/store.js';
import { existingStationParam } from './params.js';

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * List, read, put (creates: 201, replaces: 200) and delete (204) for one catalogue collection. The
 * path names the entry: a body without `id` takes the path's, a body with another `id` is refused
 * (rename by deleting and putting anew). References (a staff member's window, a commitment's
 * service item) must exist when put; deleting a referenced entry is allowed and leaves the
 * reference dangling, which readers treat as unset.
 */
function collectionRoutes({ path, kind: k, name, entry, put, list, code }: (typeof CATALOGUE_COLLECTIONS)[number]): Route[] {
  const kind = k as CatalogueKind;
  const collectionPath = `/api/v1/admin/stations/:stationId/${path}`;
  const entryPath = `${collectionPath}/:id`;
  const base = { tag: 'catalogue', auth: READ_AT_WINDOW } as const;
  const noun = catalogueNoun(kind);
  const words = path.replace('-', ' ');
  const notFound = (stationId: string, id: string) =>
    new ApiError(404, `${code}-not-found`, `no ${noun} "${id}" at station "${stationId}"`);
  return [
    op({
      ...base,
      id: `list${name}s`,
      method: 'get',
      path: collectionPath,
      summary: `The station's ${words}, ordered by id`,
      responses: [{ status: 200, description: 'Every entry.', schema: list }],
      errors: { 404: 'No such station.' },
      handle: async ({ store }, c) => c.json({ items: await store.catalogue.list(await existingStationParam(store, c), kind) }),
    }),
    op({
      ...base,
      id: `get${name}`,
      method: 'get',
      path: entryPath,
      summary: `One of the station's ${words}`,
      responses: [{ status: 200, description: 'The entry.', schema: entry }],
      errors: { 404: 'No such station or entry.' },
      handle: async ({ store, param }, c) => {
        const stationId = await existingStationParam(store, c);
        const found = await store.catalogue.get(stationId, kind, param('id'));
        if (!found) throw notFound(stationId, param('id'));
        return c.json(found);
      },
    }),
    op({
      ...base,
      id: `put${name}`,
      auth: MANAGE_STATION,
      method: 'put',
      path: entryPath,
      summary: `Create or replace one of the station's ${words}`,
      description: 'References to other entries (a window, a service item) must exist at the station.',
      body: { schema: put, code: `invalid-${code}` },
      responses: createdOrReplaced(entry),
      errors: { 404: 'No such station.' },
      handle: async ({ store, body, param }, c) => {
        const stationId = await existingStationParam(store, c);
        const id = param('id');
        const given = (await body((raw) =>
          isObject(raw) && raw.id === undefined ? { ...raw, id } : raw,
        )) as CatalogueEntry<CatalogueKind>;
        if (given.id !== id) {
          throw new ApiError(
            400,
            'id-mismatch',
            `id: "${given.id}" differs from "${id}" in the path; to rename, delete the ${noun} and put it anew`,
          );
        }
        const problems = await entryProblems(given, async (k, ref) => (await store.catalogue.get(stationId, k, ref)) !== undefined);
        if (problems.length > 0) throw new ApiError(400, `invalid-${code}`, problems.join('; '));
        const outcome = await store.catalogue.put(stationId, kind, given);
        forgetRules(store, stationId); // ingest checks devices' records against the catalogue
        return c.json(given, outcome === 'created' ? 201 : 200);
      },
    }),
    op({
      ...base,
      id: `delete${name}`,
      auth: MANAGE_STATION,
      method: 'delete',
      path: entryPath,
      summary: `Delete one of the station's ${words}; references to it read as unset`,
      responses: [{ status: 204, description: 'Deleted.' }],
      errors: { 404: 'No such station or entry.' },
      handle: async ({ store, param }, c) => {
        const stationId = await existingStationParam(store, c);
        if (!(await store.catalogue.delete(stationId, kind, param('id')))) throw notFound(stationId, param('id'));
        forgetRules(store, stationId);
        return c.body(null, 204);
      },
    }),
  ];
}

/** The station's windows, staff, service items and commitments: read at the window, kept by the manager. */
export const CATALOGUE_ROUTES = CATALOGUE_COLLECTIONS.flatMap(collectionRoutes);
