/** Request and answer shapes of the region calls (admin token). */
import { RegionSchema, StationSchema } from '@manyi/core';
import * as z from 'zod/mini';

export const RegionListSchema = z.object({ items: z.array(RegionSchema) });

/** `GET /api/v1/admin/regions/{regionId}`: the region, the regions above it (top first), and what lies directly in it. */
export const RegionDetailSchema = z.extend(RegionSchema, {
  path: z.array(RegionSchema),
  subregions: z.array(RegionSchema),
  stations: z.array(StationSchema),
});

/** `GET /api/v1/admin/stations`. */
export const StationListSchema = z.object({ items: z.array(StationSchema) });

/** `PUT /api/v1/admin/regions/{regionId}`: the path names the region; a body `id` may repeat it, not differ. */
export const RegionPutSchema = z.strictObject({ ...RegionSchema.shape, id: z.optional(RegionSchema.shape.id) });
