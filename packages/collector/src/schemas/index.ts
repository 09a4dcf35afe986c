/**
 * `@manyi/collector/schemas`: the shapes of the collector's admin answers, for clients such as the
 * dashboard to check what they receive against the same schemas the OpenAPI document describes.
 * Only zod/mini and @manyi/core come with them: nothing here touches Node or the database.
 */
export { CASE_STATES, type CaseState } from '../cases.js';
export { FINDING_LABELS, FINDINGS, type Finding } from '../complaint-findings.js';
export { HANDLING_STATUSES, type HandlingStatus } from '../complaint-handling.js';
export { INTAKE_CHANNEL_LABELS, INTAKE_CHANNELS, type IntakeChannel } from '../complaint-intake-channels.js';
export { AccountListSchema, AccountSchema, LoginAnswerSchema, MeSchema } from './accounts.js';
export {
  AdminComplaintListSchema,
  AdminComplaintSchema,
  DeviceListSchema,
  DeviceStatusSchema,
} from './admin.js';
export { AuditEntrySchema, AuditListSchema } from './audit.js';
export {
  CaseEventSchema,
  CaseListSchema,
  CaseSchema,
  CaseSummarySchema,
  HandlingSettingsSchema,
} from './cases.js';
export { ComplaintFiguresAnswerSchema } from './complaint-figures.js';
export { ComplaintContactSchema } from './contact.js';
export { LateRecordListSchema, LateRecordSchema, LateReviewAnswerSchema } from './late.js';
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
export { ProvidersSchema, TotpEnrolmentSchema, TotpStatusSchema } from './sign-in.js';
export { ConsultationSchema, StaffComplaintFiledSchema } from './staff-intake.js';
export { EnrollmentCodeSchema, StationWithCatalogueSchema } from './stations.js';
export { StatsAnswerSchema, StatsFiguresSchema } from './stats.js';
