/** Request and answer shapes of the station calls (admin token). */
import { CommitmentSchema, Instant, ServiceItemSchema, Slug, StaffSchema, StationSchema, WindowSchema } from '@manyi/core';
import * as z from 'zod/mini';

const MAX_ENTRIES = 1000;
const list = <T extends z.ZodMiniType>(entry: T) => z.optional(z.array(entry).check(z.maxLength(MAX_ENTRIES)));

/** `POST /api/v1/admin/stations`: the settings of StationSchema, and optionally a first catalogue. */
export const NewStationSchema = z.strictObject({
  ...StationSchema.shape,
  windows: list(WindowSchema),
  staff: list(StaffSchema),
  serviceItems: list(ServiceItemSchema),
  commitments: list(CommitmentSchema),
});

/** `GET /api/v1/admin/stations?region=`. */
export const StationListQuerySchema = z.object({ region: z.optional(Slug) });

/** A station with its whole catalogue, as created or read. */
export const StationWithCatalogueSchema = z.extend(StationSchema, {
  windows: z.array(WindowSchema),
  staff: z.array(StaffSchema),
  serviceItems: z.array(ServiceItemSchema),
  commitments: z.array(CommitmentSchema),
});

/** `POST /api/v1/admin/stations/{stationId}/enrollment-codes`: single use, valid for 24 hours. */
export const EnrollmentCodeSchema = z.object({ code: z.string(), expiresAt: Instant });
