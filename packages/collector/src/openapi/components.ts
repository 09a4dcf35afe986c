/**
 * The named schemas of the OpenAPI document. Most are @manyi/core's shared schemas as they are;
 * the few shapes only the collector answers with are written here, and a compile-time check keeps
 * each equal to the type the code returns.
 */
import {
  BatchRequestSchema,
  BatchResponseSchema,
  BatchResultSchema,
  ComplaintRecordSchema,
  DeviceConfigSchema,
  EnrollRequestSchema,
  EnrollResponseSchema,
  type ErrorBody,
  HeartbeatRecordSchema,
  MAX_BATCH_RECORDS,
  NoticeRecordSchema,
  RatingRecordSchema,
  RecordSchema,
  RegionSchema,
  StationPatchSchema,
  StationSchema,
} from '@manyi/core';
import * as z from 'zod/mini';
import {
  AdminComplaintListSchema,
  AdminComplaintSchema,
  ComplaintAssignRequestSchema,
  ComplaintReplyRequestSchema,
  DeviceListSchema,
  DeviceStatusSchema,
} from '../schemas/admin.js';
import { AuditEntrySchema, AuditListSchema } from '../schemas/audit.js';
import { CATALOGUE_COLLECTIONS } from '../schemas/catalogue.js';
import {
  PublicComplaintFiledSchema,
  PublicComplaintRequestSchema,
  PublicComplaintStatusSchema,
  PublicRatingAnswerSchema,
  PublicRatingRequestSchema,
  StationResultsSchema,
} from '../schemas/public.js';
import { RegionDetailSchema, RegionListSchema, RegionPutSchema, StationListSchema } from '../schemas/regions.js';
import { same } from '../schemas/same.js';
import { EnrollmentCodeSchema, NewStationSchema, StationWithCatalogueSchema } from '../schemas/stations.js';
import { StatsAnswerSchema } from '../schemas/stats.js';
import { registerAccountComponents } from './account-components.js';
import { registerComplaintWorkComponents } from './complaint-work-components.js';
import { registerLedgerComponents } from './ledger-components.js';
import { registerServiceEventComponents } from './service-event-components.js';

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
export const ReadinessSchema = z.object({ status: z.enum(['ready', 'not-ready']), reason: z.optional(z.string()) });

/** The batch as a device should send it: the server takes any array (≤ 500) and judges each record alone. */
export const BatchRequestDocSchema = z.extend(BatchRequestSchema, {
  records: z.array(RecordSchema).check(z.maxLength(MAX_BATCH_RECORDS)),
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
  add(ReadinessSchema, 'Readiness', '`reason` says why the database cannot write, when it cannot.');
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
  add(RegionSchema, 'Region', 'An administrative area (province, city, county, township) stations lie in; `code` is its 行政区划代码.');
  add(RegionPutSchema, 'RegionPut', 'Without `id` the region takes the one in the path; another `id` is refused.');
  add(RegionListSchema, 'RegionList');
  add(RegionDetailSchema, 'RegionDetail');
  add(StationListSchema, 'StationList');
  add(
    AuditEntrySchema,
    'AuditEntry',
    '`hash` is SHA-256 over `prevHash` and the entry’s canonical JSON (sorted keys, without the hashes).',
  );
  add(AuditListSchema, 'AuditList');
  registerLedgerComponents(add);
  registerAccountComponents(add);
  registerComplaintWorkComponents(add);
  registerServiceEventComponents(add);
  for (const collection of CATALOGUE_COLLECTIONS) {
    add(collection.entry, collection.name);
    add(collection.put, `${collection.name}Put`, 'Without `id` the entry takes the one in the path; another `id` is refused.');
    add(collection.list, `${collection.name}List`);
  }
  return registry;
}
