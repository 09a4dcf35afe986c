/**
 * The named schemas of the OpenAPI document. Most are @manyi/core's shared schemas as they are;
 * the few shapes only the collector answers with are written here, and a compile-time check keeps
 * each equal to the type the code returns.
 */
import {
  BatchRequestSchema,
  BatchResponseSchema,
  BatchResultSchema,
  CommitmentSchema,
  ComplaintRecordSchema,
  DeviceConfigSchema,
  EnrollRequestSchema,
  EnrollResponseSchema,
  type ErrorBody,
  HeartbeatRecordSchema,
  Instant,
  MAX_BATCH_RECORDS,
  NoticeRecordSchema,
  RatingRecordSchema,
  RecordSchema,
  ServiceItemSchema,
  Slug,
  STATS_GROUPS,
  StaffSchema,
  StationPatchSchema,
  StationSchema,
  WindowSchema,
} from '@manyi/core';
import * as z from 'zod/mini';
import { CATALOGUE_COLLECTIONS } from '../routes/admin-catalogue.js';
import { NewStationSchema } from '../routes/admin-stations.js';
import {
  AdminComplaintListSchema,
  AdminComplaintSchema,
  ComplaintAssignRequestSchema,
  ComplaintReplyRequestSchema,
  DeviceListSchema,
  DeviceStatusSchema,
} from '../schemas/admin.js';
import {
  PublicComplaintFiledSchema,
  PublicComplaintRequestSchema,
  PublicComplaintStatusSchema,
  PublicRatingAnswerSchema,
  PublicRatingRequestSchema,
  StationResultsSchema,
} from '../schemas/public.js';
import type { StatsAnswer } from '../stats.js';
import { registerLedgerComponents } from './ledger-components.js';
import { registerRegionComponents } from './region-operations.js';

/** Compiles only when A and B are the same type: the document cannot drift from the code. */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
const same = <A, B>(_: Same<A, B>) => {};

export const ErrorBodySchema = z.object({
  error: z.object({
    /** Stable, machine-readable, e.g. `invalid-batch`, `station-not-found`. */
    code: z.string(),
    /** For people: names the field and what is wrong with it. */
    message: z.string(),
  }),
});
same<z.infer<typeof ErrorBodySchema>, ErrorBody>(true);

export const HealthSchema = z.object({ status: z.literal('ok') });

export const EnrollmentCodeSchema = z.object({ code: z.string(), expiresAt: Instant });

const Count = z.number().check(z.int(), z.gte(0));
const LevelCountsSchema = z.object({ 1: Count, 2: Count, 3: Count, 4: Count, 5: Count });
const StatsFiguresSchema = z.object({
  key: z.nullable(z.string()),
  levels: LevelCountsSchema,
  total: Count,
  goodReviewRate: z.nullable(z.number().check(z.gte(0), z.lte(1))),
  badReviewCount: Count,
});
export const StatsAnswerSchema = z.object({
  station: z.nullable(Slug),
  region: z.nullable(Slug),
  stations: z.array(Slug),
  from: z.nullable(Instant),
  to: z.nullable(Instant),
  by: z.nullable(z.enum(STATS_GROUPS)),
  groups: z.array(StatsFiguresSchema),
  overall: StatsFiguresSchema,
});
same<z.infer<typeof StatsAnswerSchema>, StatsAnswer>(true);

/** The batch as a device should send it: the server takes any array (≤ 500) and judges each record alone. */
export const BatchRequestDocSchema = z.extend(BatchRequestSchema, {
  records: z.array(RecordSchema).check(z.maxLength(MAX_BATCH_RECORDS)),
});

const catalogueDoc = {
  windows: { entry: WindowSchema, name: 'Window' },
  staff: { entry: StaffSchema, name: 'StaffMember' },
  serviceItems: { entry: ServiceItemSchema, name: 'ServiceItem' },
  commitments: { entry: CommitmentSchema, name: 'Commitment' },
} as const;

/** Per catalogue collection: the entry as answered, the body a PUT takes (id optional), the list. */
export const CATALOGUE_DOC = CATALOGUE_COLLECTIONS.map((collection) => {
  const { entry, name } = catalogueDoc[collection.kind];
  return {
    collection,
    name,
    entry,
    put: z.extend(collection.schema, { id: z.optional(Slug) }),
    list: z.object({ items: z.array(entry) }),
  };
});

export const StationWithCatalogueSchema = z.extend(StationSchema, {
  windows: z.array(WindowSchema),
  staff: z.array(StaffSchema),
  serviceItems: z.array(ServiceItemSchema),
  commitments: z.array(CommitmentSchema),
});

export interface ComponentMeta {
  id: string;
  description?: string;
}

/** Every schema a request or answer names, under its component name. */
export function componentRegistry(): z.core.$ZodRegistry<ComponentMeta> {
  const registry = z.registry<ComponentMeta>();
  const add = (schema: z.ZodMiniType, id: string, description?: string) => registry.add(schema, { id, description });
  add(ErrorBodySchema, 'Error', 'Every error answer: `{"error":{"code","message"}}`.');
  add(HealthSchema, 'Health');
  add(EnrollRequestSchema, 'EnrollRequest');
  add(EnrollResponseSchema, 'EnrollResponse', 'The token is shown this once; send it as `Authorization: Bearer <token>`.');
  add(DeviceConfigSchema, 'DeviceConfig', "What a kiosk needs to run, cached for offline use: its station's settings and catalogue.");
  add(BatchRequestDocSchema, 'BatchRequest', 'At most 500 records; each is validated on its own, so one bad record rejects only itself.');
  add(RecordSchema, 'Record', 'A record made on a device or the web channel, told apart by `kind`.');
  add(RatingRecordSchema, 'RatingRecord', 'A bad review (national level 1 or 2) needs a reason or a comment.');
  add(ComplaintRecordSchema, 'ComplaintRecord', 'Contact details only with `wantsReply` and `consent`.');
  add(NoticeRecordSchema, 'NoticeRecord', '一次性告知书: every missing or defective material at once.');
  add(HeartbeatRecordSchema, 'HeartbeatRecord');
  add(BatchResponseSchema, 'BatchResponse', 'One result per record, in request order.');
  add(BatchResultSchema, 'BatchResult');
  add(StationSchema, 'Station');
  add(NewStationSchema, 'NewStation', 'A station and, optionally, its first catalogue, created in one step.');
  add(StationPatchSchema, 'StationPatch');
  add(StationWithCatalogueSchema, 'StationWithCatalogue');
  add(EnrollmentCodeSchema, 'EnrollmentCode', 'Single use, valid for 24 hours.');
  add(StatsAnswerSchema, 'Stats', 'Counts per national level (5 best … 1 worst), total, good-review rate and bad reviews.');
  add(PublicComplaintRequestSchema, 'PublicComplaintRequest', 'A complaint from a portal or a QR code; an `id` makes retries safe.');
  add(PublicComplaintFiledSchema, 'PublicComplaintFiled', 'The tracking number to follow the complaint with.');
  add(PublicComplaintStatusSchema, 'PublicComplaintStatus', 'Status and public reply: never contact details or the description.');
  add(
    PublicRatingRequestSchema,
    'PublicRatingRequest',
    'A rating from a portal or a ticket’s QR code (late rating); `id` makes it idempotent.',
  );
  add(PublicRatingAnswerSchema, 'PublicRatingAnswer');
  add(StationResultsSchema, 'StationResults', 'A station’s published monthly results (公示): no personal data, misuse left out.');
  add(AdminComplaintSchema, 'AdminComplaint', 'A complaint as its handlers see it, contact details included while they are kept.');
  add(AdminComplaintListSchema, 'AdminComplaintList');
  add(ComplaintReplyRequestSchema, 'ComplaintReplyRequest');
  add(ComplaintAssignRequestSchema, 'ComplaintAssignRequest');
  add(DeviceStatusSchema, 'DeviceStatus');
  add(DeviceListSchema, 'DeviceList');
  registerLedgerComponents(add);
  registerRegionComponents(add);
  for (const doc of CATALOGUE_DOC) {
    add(doc.entry, doc.name);
    add(doc.put, `${doc.name}Put`, 'Without `id` the entry takes the one in the path; another `id` is refused.');
    add(doc.list, `${doc.name}List`);
  }
  return registry;
}
