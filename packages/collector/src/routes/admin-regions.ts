import { describeIssues, RegionSchema, regionPath } from '@manyi/core';
import { ApiError } from '../errors.js';
import { ADMIN_ONLY, READ_REGIONS } from '../http/roles.js';
import { createdOrReplaced, op } from '../http/route.js';
import { RegionDetailSchema, RegionListSchema, RegionPutSchema } from '../schemas/regions.js';

const base = { tag: 'regions', auth: ADMIN_ONLY } as const;

/**
 * The region tree: list every region, read one with its place in the tree, create (201) or
 * replace (200) one, delete one (204; 409 while stations or subregions lie in it). Everyone reads the tree; only an admin shapes it.
 */
export const REGION_ROUTES = [
  op({
    ...base,
    id: 'listRegions',
    auth: READ_REGIONS,
    method: 'get',
    path: '/api/v1/admin/regions',
    summary: 'Every region, ordered by id',
    responses: [{ status: 200, description: 'Every region; `parentId` links them into a tree.', schema: RegionListSchema }],
    handle: async ({ store }, c) => c.json({ items: await store.regions.list() }),
  }),
  op({
    ...base,
    id: 'getRegion',
    auth: { ...READ_REGIONS, scope: 'region' },
    method: 'get',
    path: '/api/v1/admin/regions/:regionId',
    summary: 'A region, the regions above it, and the subregions and stations directly in it',
    responses: [{ status: 200, description: 'The region.', schema: RegionDetailSchema }],
    errors: { 404: 'No such region.' },
    handle: async ({ store, param }, c) => {
      const regionId = param('regionId');
      const regions = await store.regions.list();
      const region = regions.find((r) => r.id === regionId);
      if (!region) throw new ApiError(404, 'region-not-found', `no region "${regionId}"`);
      return c.json({
        ...region,
        path: regionPath(regions, regionId).slice(0, -1),
        subregions: regions.filter((r) => r.parentId === regionId),
        stations: (await store.stations.list()).filter((s) => s.regionId === regionId),
      });
    },
  }),
  op({
    ...base,
    id: 'putRegion',
    method: 'put',
    path: '/api/v1/admin/regions/:regionId',
    summary: 'Create or replace a region; `parentId` places it within another',
    body: { schema: RegionPutSchema, code: 'invalid-region' },
    responses: createdOrReplaced(RegionSchema),
    errors: { 409: 'The parent lies within this region: the tree would have a loop.' },
    handle: async ({ store, body, param }, c) => {
      const regionId = param('regionId');
      const put = await body();
      if (put.id !== undefined && put.id !== regionId)
        throw new ApiError(400, 'invalid-region', `id: "${put.id}" differs from the path's "${regionId}"`);
      const region = RegionSchema.safeParse({ ...put, id: regionId });
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
    },
  }),
  op({
    ...base,
    id: 'deleteRegion',
    method: 'delete',
    path: '/api/v1/admin/regions/:regionId',
    summary: 'Delete a region with no stations or subregions in it',
    responses: [{ status: 204, description: 'Deleted.' }],
    errors: { 404: 'No such region.', 409: 'Stations or subregions still lie in it.' },
    handle: async ({ store, param }, c) => {
      const regionId = param('regionId');
      const outcome = await store.regions.delete(regionId);
      if (outcome === 'not-found') throw new ApiError(404, 'region-not-found', `no region "${regionId}"`);
      if (outcome === 'in-use')
        throw new ApiError(409, 'region-in-use', `stations or subregions still lie in "${regionId}": move them out first`);
      return c.body(null, 204);
    },
  }),
];
