import { describeIssues, RegionSchema, regionPath } from '@manyi/core';
import { Hono } from 'hono';
import * as z from 'zod/mini';
import type { AppEnv as Env } from '../env.js';
import { ApiError } from '../errors.js';
import type { Store } from '../store/store.js';
import { jsonBody } from './json-body.js';

/** `PUT /admin/regions/{regionId}`: the path names the region; a body `id` may repeat it, not differ. */
export const RegionPutSchema = z.strictObject({ ...RegionSchema.shape, id: z.optional(RegionSchema.shape.id) });

/**
 * The region tree: `GET /` lists every region, `GET|PUT|DELETE /{regionId}` reads one with its
 * place in the tree, creates (201) or replaces (200) it, deletes it (204; 409 while stations or
 * subregions lie in it). Mounted at `/admin/regions` behind the admin token.
 */
export function adminRegionRoutes(store: Store): Hono<Env> {
  const routes = new Hono<Env>();

  routes.get('/', async (c) => c.json({ items: await store.regions.list() }));

  routes.get('/:regionId', async (c) => {
    const regionId = c.req.param('regionId');
    const regions = await store.regions.list();
    const region = regions.find((r) => r.id === regionId);
    if (!region) throw new ApiError(404, 'region-not-found', `no region "${regionId}"`);
    return c.json({
      ...region,
      path: regionPath(regions, regionId).slice(0, -1),
      subregions: regions.filter((r) => r.parentId === regionId),
      stations: (await store.stations.list()).filter((s) => s.regionId === regionId),
    });
  });

  routes.put('/:regionId', async (c) => {
    const regionId = c.req.param('regionId');
    const parsed = RegionPutSchema.safeParse(await jsonBody(c));
    if (!parsed.success) throw new ApiError(400, 'invalid-region', describeIssues(parsed.error.issues));
    if (parsed.data.id !== undefined && parsed.data.id !== regionId)
      throw new ApiError(400, 'invalid-region', `id: "${parsed.data.id}" differs from the path's "${regionId}"`);
    const region = RegionSchema.safeParse({ ...parsed.data, id: regionId });
    if (!region.success) throw new ApiError(400, 'invalid-region', describeIssues(region.error.issues));
    const outcome = await store.regions.put(region.data);
    if (outcome === 'unknown-parent') throw new ApiError(400, 'invalid-region', `parentId: no region "${region.data.parentId}"`);
    if (outcome === 'loop')
      throw new ApiError(
        409,
        'region-loop',
        `parentId: "${region.data.parentId}" lies within "${regionId}", which cannot lie within itself`,
      );
    return c.json(region.data, outcome === 'created' ? 201 : 200);
  });

  routes.delete('/:regionId', async (c) => {
    const regionId = c.req.param('regionId');
    const outcome = await store.regions.delete(regionId);
    if (outcome === 'not-found') throw new ApiError(404, 'region-not-found', `no region "${regionId}"`);
    if (outcome === 'in-use')
      throw new ApiError(409, 'region-in-use', `stations or subregions still lie in "${regionId}": move them out first`);
    return c.body(null, 204);
  });

  return routes;
}
