/** The region tree and the station list, for openapi.ts, with their named schemas for components.ts. */
import { RegionSchema } from '@manyi/core';
import type * as z from 'zod/mini';
import { RegionPutSchema } from '../routes/admin-regions.js';
import { StationListQuerySchema } from '../routes/admin-stations.js';
import { RegionDetailSchema, RegionListSchema, StationListSchema } from '../schemas/regions.js';
import type { ApiOperation } from './document.js';

export function registerRegionComponents(add: (schema: z.ZodMiniType, id: string, description?: string) => void): void {
  add(RegionSchema, 'Region', 'An administrative area (province, city, county, township) stations lie in; `code` is its 行政区划代码.');
  add(RegionPutSchema, 'RegionPut', 'Without `id` the region takes the one in the path; another `id` is refused.');
  add(RegionListSchema, 'RegionList');
  add(RegionDetailSchema, 'RegionDetail');
  add(StationListSchema, 'StationList');
}

const base = { tag: 'regions', auth: 'admin' } as const;

export const REGION_OPERATIONS: ApiOperation[] = [
  {
    ...base,
    id: 'listRegions',
    method: 'get',
    path: '/api/v1/admin/regions',
    summary: 'Every region, ordered by id',
    responses: [{ status: 200, description: 'Every region; `parentId` links them into a tree.', schema: RegionListSchema }],
  },
  {
    ...base,
    id: 'getRegion',
    method: 'get',
    path: '/api/v1/admin/regions/:regionId',
    summary: 'A region, the regions above it, and the subregions and stations directly in it',
    responses: [{ status: 200, description: 'The region.', schema: RegionDetailSchema }],
    errors: { 404: 'No such region.' },
  },
  {
    ...base,
    id: 'putRegion',
    method: 'put',
    path: '/api/v1/admin/regions/:regionId',
    summary: 'Create or replace a region; `parentId` places it within another',
    body: RegionPutSchema,
    responses: [
      { status: 201, description: 'Created.', schema: RegionSchema },
      { status: 200, description: 'Replaced.', schema: RegionSchema },
    ],
    errors: { 409: 'The parent lies within this region: the tree would have a loop.' },
  },
  {
    ...base,
    id: 'deleteRegion',
    method: 'delete',
    path: '/api/v1/admin/regions/:regionId',
    summary: 'Delete a region with no stations or subregions in it',
    responses: [{ status: 204, description: 'Deleted.' }],
    errors: { 404: 'No such region.', 409: 'Stations or subregions still lie in it.' },
  },
  {
    id: 'listStations',
    method: 'get',
    path: '/api/v1/admin/stations',
    tag: 'stations',
    auth: 'admin',
    summary: 'Every station, or those within a region and the regions below it',
    query: StationListQuerySchema,
    responses: [{ status: 200, description: 'The stations, ordered by id.', schema: StationListSchema }],
    errors: { 404: 'No such region.' },
  },
];
