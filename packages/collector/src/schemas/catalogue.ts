/** Request and answer shapes of a station's catalogue: windows, staff, service items, commitments (admin token). */
import { CommitmentSchema, ServiceItemSchema, Slug, StaffSchema, WindowSchema } from '@manyi/core';
import * as z from 'zod/mini';
import type { CatalogueKind } from '../store/store.js';

/**
 * A collection's schemas, made from its entry schema. `path` is the segment after the station;
 * error codes are `<code>-not-found` and `invalid-<code>`. A PUT body may leave `id` out (the
 * path's is taken); top-level unknown fields are refused, so a misspelt field is not silently dropped.
 */
function collection<K extends CatalogueKind, S extends z.ZodMiniObject>(path: string, kind: K, name: string, entry: S, code: string) {
  const put = z.strictObject({ ...entry.shape, id: z.optional(Slug) });
  return { path, kind, name, entry, put, list: z.object({ items: z.array(entry) }), code };
}

/** The catalogue collections under `/api/v1/admin/stations/{stationId}/`. */
export const CATALOGUE_COLLECTIONS = [
  collection('windows', 'windows', 'Window', WindowSchema, 'window'),
  collection('staff', 'staff', 'StaffMember', StaffSchema, 'staff-member'),
  collection('service-items', 'serviceItems', 'ServiceItem', ServiceItemSchema, 'service-item'),
  collection('commitments', 'commitments', 'Commitment', CommitmentSchema, 'commitment'),
];
