import { CommitmentSchema, describeIssues, ServiceItemSchema, StaffSchema, WindowSchema } from '@manyi/core';
import { type Context, Hono } from 'hono';
import * as z from 'zod/mini';
import { catalogueNoun, entryProblems } from '../catalogue.js';
import type { AppEnv as Env } from '../env.js';
import { ApiError } from '../errors.js';
import { forgetRules } from '../ingest/station-rules.js';
import type { CatalogueEntry, CatalogueKind, Store } from '../store/store.js';
import { jsonBody } from './json-body.js';

interface Collection<K extends CatalogueKind> {
  /** The path segment after the station, e.g. `service-items`. */
  path: string;
  kind: K;
  /** Top-level unknown fields are refused, so a misspelt field is not silently dropped. */
  schema: z.ZodMiniType<CatalogueEntry<K>>;
  /** Error codes are `<code>-not-found` and `invalid-<code>`. */
  code: string;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A path parameter Hono matched; missing only if a route was declared without it. */
function param(c: Context<Env>, name: string): string {
  const value = c.req.param(name);
  if (value === undefined) throw new Error(`route has no :${name}`);
  return value;
}

async function existingStation(store: Store, c: Context<Env>): Promise<string> {
  const stationId = param(c, 'stationId');
  if (!(await store.stations.get(stationId))) throw new ApiError(404, 'station-not-found', `no station "${stationId}"`);
  return stationId;
}

/**
 * `GET /{collection}` lists, `GET|PUT|DELETE /{collection}/{id}` reads, puts (creates: 201,
 * replaces: 200) and deletes (204) one entry. The path names the entry: a body without `id` takes
 * the path's, a body with another `id` is refused (rename by deleting and putting anew).
 * References (a staff member's window, a commitment's service item) must exist when put; deleting
 * a referenced entry is allowed and leaves the reference dangling, which readers treat as unset.
 * Deleting only marks the entry removed: a device's records made before still name it.
 */
function mountCollection<K extends CatalogueKind>(routes: Hono<Env>, store: Store, { path, kind, schema, code }: Collection<K>): void {
  const noun = catalogueNoun(kind);
  const notFound = (stationId: string, id: string) =>
    new ApiError(404, `${code}-not-found`, `no ${noun} "${id}" at station "${stationId}"`);

  routes.get(`/:stationId/${path}`, async (c) => c.json({ items: await store.catalogue.list(await existingStation(store, c), kind) }));

  routes.get(`/:stationId/${path}/:id`, async (c) => {
    const stationId = await existingStation(store, c);
    const entry = await store.catalogue.get(stationId, kind, param(c, 'id'));
    if (!entry) throw notFound(stationId, param(c, 'id'));
    return c.json(entry);
  });

  routes.put(`/:stationId/${path}/:id`, async (c) => {
    const stationId = await existingStation(store, c);
    const id = param(c, 'id');
    const body = await jsonBody(c);
    const parsed = schema.safeParse(isObject(body) && body.id === undefined ? { ...body, id } : body);
    if (!parsed.success) throw new ApiError(400, `invalid-${code}`, describeIssues(parsed.error.issues));
    const entry = parsed.data;
    if (entry.id !== id) {
      throw new ApiError(
        400,
        'id-mismatch',
        `id: "${entry.id}" differs from "${id}" in the path; to rename, delete the ${noun} and put it anew`,
      );
    }
    const problems = await entryProblems(entry, async (k, ref) => (await store.catalogue.get(stationId, k, ref)) !== undefined);
    if (problems.length > 0) throw new ApiError(400, `invalid-${code}`, problems.join('; '));
    const outcome = await store.catalogue.put(stationId, kind, entry);
    forgetRules(store, stationId);
    return c.json(entry, outcome === 'created' ? 201 : 200);
  });

  routes.delete(`/:stationId/${path}/:id`, async (c) => {
    const stationId = await existingStation(store, c);
    if (!(await store.catalogue.delete(stationId, kind, param(c, 'id')))) throw notFound(stationId, param(c, 'id'));
    forgetRules(store, stationId);
    return c.body(null, 204);
  });
}

/** The catalogue collections under `/admin/stations/{stationId}/`; the OpenAPI document reads this list too. */
export const CATALOGUE_COLLECTIONS = [
  { path: 'windows', kind: 'windows', schema: z.strictObject(WindowSchema.shape), code: 'window' },
  { path: 'staff', kind: 'staff', schema: z.strictObject(StaffSchema.shape), code: 'staff-member' },
  { path: 'service-items', kind: 'serviceItems', schema: z.strictObject(ServiceItemSchema.shape), code: 'service-item' },
  { path: 'commitments', kind: 'commitments', schema: z.strictObject(CommitmentSchema.shape), code: 'commitment' },
] as const satisfies readonly Collection<CatalogueKind>[];

/** The station's windows, staff, service items and commitments; mounted at `/admin/stations` behind the admin token. */
export function adminCatalogueRoutes(store: Store): Hono<Env> {
  const routes = new Hono<Env>();
  for (const collection of CATALOGUE_COLLECTIONS) mountCollection(routes, store, collection as Collection<CatalogueKind>);
  return routes;
}
