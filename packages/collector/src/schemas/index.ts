/**
 * `@manyi/collector/schemas`: the shapes of the collector's admin answers, for clients such as the
 * dashboard to check what they receive against the same schemas the OpenAPI document describes.
 * Only zod/mini and @manyi/core come with them: nothing here touches Node or the database.
 */
export { CASE_STATES, type CaseState } from '../cases.js';
export { HANDLING_STATUSES, type HandlingStatus } from '../complaint-handling.js';
export { AdminComplaintListSchema, AdminComplaintSchema, DeviceListSchema, DeviceStatusSchema } from './admin.js';
export { AuditEntrySchema, AuditListSchema } from './audit.js';
export { CaseEventSchema, CaseListSchema, CaseSchema, CaseSummarySchema } from './cases.js';
export {
  AdminComplaintDetailSchema,
  ComplaintEventSchema,
  MisuseListSchema,
  MisuseRecordSchema,
  NoticeAuditSchema,
  StaffPointsSchema,
  StandingSchema,
} from './ledger.js';
export { RegionDetailSchema, RegionListSchema, StationListSchema } from './regions.js';
export { ServiceEventStartedSchema, ServiceEventStatusSchema } from './service-events.js';
export { EnrollmentCodeSchema, StationWithCatalogueSchema } from './stations.js';
export { StatsAnswerSchema, StatsFiguresSchema } from './stats.js';
