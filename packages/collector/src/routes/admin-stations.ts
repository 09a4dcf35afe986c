import {
  CommitmentSchema,
  describeIssues,
  ServiceItemSchema,
  Slug,
  StaffSchema,
  StationPatchSchema,
  StationSchema,
  WindowSchema,
} from '@manyi/core';
import { Hono } from 'hono';
import * as z from 'zod/mini';
import { entryProblems, readCatalogue, repeatedIds } from '../catalogue.js';
import { issueEnrollmentCode } from '../enrollment.js';
import type { AppEnv as Env } from '../env.js';
import { ApiError } from '../errors.js';
import { handlingSettingsKey } from '../handling-settings.js';
import { kioskPinKey, setKioskPin } from '../kiosk-pin.js';
import { stationsOfRegion } from '../region-stations.js';
import { CATALOGUE_KINDS, type CatalogueKind, type NewStation, type Store } from '../store/store.js';
import { jsonBody } from './json-body.js';

const MAX_ENTRIES = 1000;
const list = <T extends z.ZodMiniType>(entry: T) => z.optional(z.array(entry).check(z.maxLength(MAX_ENTRIES)));

/** `POST /admin/stations`: the settings of StationSchema, and optionally a first catalogue. */
export const NewStationSchema = z.strictObject({
  ...StationSchema.shape,
  windows: list(WindowSchema),
  staff: list(StaffSchema),
  serviceItems: list(ServiceItemSchema),
  commitments: list(CommitmentSchema),
});

/** `GET /admin/stations?region=`. */
export const StationListQuerySchema = z.object({ region: z.optional(Slug) });

/** Repeated ids and references to entries the new station will not have. */
async function newStationProblems(station: NewStation): Promise<string[]> {
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
async function regionProblem(store: Store, regionId: string | null | undefined): Promise<string | undefined> {
  if (regionId === undefined || regionId === null) return undefined;
  return (await store.regions.list()).some((r) => r.id === regionId) ? undefined : `regionId: no region "${regionId}"`;
}

/** Listing, creating, reading and changing stations; mounted at `/admin/stations` behind the admin token. */
export function adminStationRoutes(store: Store): Hono<Env> {
  const routes = new Hono<Env>();

  /** Every station, or with `?region=` those within that region and the regions below it. */
  routes.get('/', async (c) => {
    const query = StationListQuerySchema.safeParse(c.req.query());
    if (!query.success) throw new ApiError(400, 'invalid-query', describeIssues(query.error.issues));
    const { region } = query.data;
    return c.json({ items: region === undefined ? await store.stations.list() : await stationsOfRegion(store, region) });
  });
  const stationWithCatalogue = async (stationId: string) => {
    const station = await store.stations.get(stationId);
    if (!station) throw new ApiError(404, 'station-not-found', `no station "${stationId}"`);
    return { ...station, ...(await readCatalogue(store, stationId)) };
  };

  routes.post('/', async (c) => {
    const parsed = NewStationSchema.safeParse(await jsonBody(c));
    if (!parsed.success) throw new ApiError(400, 'invalid-station', describeIssues(parsed.error.issues));
    const problems = await newStationProblems(parsed.data);
    const misplaced = await regionProblem(store, parsed.data.regionId);
    if (misplaced) problems.unshift(misplaced);
    if (problems.length > 0) throw new ApiError(400, 'invalid-station', problems.slice(0, 5).join('; '));
    if (!(await store.stations.create(parsed.data)))
      throw new ApiError(409, 'station-exists', `a station "${parsed.data.id}" exists already`);
    c.header('Location', `/api/v1/admin/stations/${parsed.data.id}`);
    return c.json(await stationWithCatalogue(parsed.data.id), 201);
  });

  routes.get('/:stationId', async (c) => c.json(await stationWithCatalogue(c.req.param('stationId'))));

  routes.patch('/:stationId', async (c) => {
    const patch = StationPatchSchema.safeParse(await jsonBody(c));
    if (!patch.success) throw new ApiError(400, 'invalid-station-settings', describeIssues(patch.error.issues));
    const stationId = c.req.param('stationId');
    const misplaced = await regionProblem(store, patch.data.regionId);
    if (misplaced) throw new ApiError(400, 'invalid-station-settings', misplaced);
    const { kioskPin, ...settings } = patch.data;
    const station =
      Object.keys(settings).length > 0 ? await store.stations.update(stationId, settings) : await store.stations.get(stationId);
    if (!station) throw new ApiError(404, 'station-not-found', `no station "${stationId}"`);
    if (kioskPin !== undefined) await setKioskPin(store, stationId, kioskPin);
    return c.json(station);
  });

  routes.delete('/:stationId', async (c) => {
    const stationId = c.req.param('stationId');
    const outcome = await store.stations.delete(stationId, [kioskPinKey(stationId), handlingSettingsKey(stationId)]);
    if (outcome === 'not-found') throw new ApiError(404, 'station-not-found', `no station "${stationId}"`);
    if (outcome === 'in-use')
      throw new ApiError(409, 'station-in-use', `station "${stationId}" has records or enrolled tablets, so it is kept for its history`);
    return c.body(null, 204);
  });

  routes.post('/:stationId/enrollment-codes', async (c) => c.json(await issueEnrollmentCode(store, c.req.param('stationId')), 201));

  return routes;
}
