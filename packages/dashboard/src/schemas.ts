/**
 * What the dashboard expects from the collector's admin API: the collector's own answer schemas
 * (`@manyi/collector/schemas`, the ones its OpenAPI document describes), so an answer that drifted
 * from the agreement shows up as a readable error, and the two cannot drift apart unnoticed.
 */
import {
  type AdminComplaintDetailSchema,
  type AdminComplaintSchema,
  type AuditEntrySchema,
  type CaseSchema,
  type CaseSummarySchema,
  type ComplaintEventSchema,
  type DeviceStatusSchema,
  HANDLING_STATUSES,
  type LateRecordSchema,
  type MisuseRecordSchema,
  type NoticeAuditSchema,
  type ServiceEventStartedSchema,
  type StaffPointsSchema,
  type StandingSchema,
  type StationWithCatalogueSchema,
  type StatsAnswerSchema,
  type StatsFiguresSchema,
} from '@manyi/collector/schemas';
import type * as z from 'zod/mini';

export {
  AdminComplaintDetailSchema as ComplaintSchema,
  AdminComplaintListSchema as ComplaintListSchema,
  AuditListSchema,
  CASE_STATES,
  CaseListSchema,
  CaseSchema,
  type CaseState,
  CaseSummarySchema,
  DeviceListSchema,
  DeviceStatusSchema as DeviceSchema,
  EnrollmentCodeSchema,
  LateRecordListSchema,
  LateReviewAnswerSchema,
  MisuseListSchema,
  NoticeAuditSchema,
  RegionListSchema,
  ServiceEventStartedSchema,
  ServiceEventStatusSchema,
  StaffPointsSchema,
  StandingSchema,
  StationListSchema,
  StationWithCatalogueSchema as StationCatalogueSchema,
  StatsAnswerSchema,
} from '@manyi/collector/schemas';

export type ServiceEventStarted = z.infer<typeof ServiceEventStartedSchema>;
export type GroupFigures = z.infer<typeof StatsFiguresSchema>;
export type StatsAnswer = z.infer<typeof StatsAnswerSchema>;
export type StationCatalogue = z.infer<typeof StationWithCatalogueSchema>;
export type BadReviewCase = z.infer<typeof CaseSchema>;
export type CaseSummary = z.infer<typeof CaseSummarySchema>;

export const COMPLAINT_STATUSES = HANDLING_STATUSES;
/** A complaint as listed; the detail adds its first owner, history and reply deadline. */
export type Complaint = z.infer<typeof AdminComplaintSchema> &
  Partial<Omit<z.infer<typeof AdminComplaintDetailSchema>, keyof z.infer<typeof AdminComplaintSchema>>>;
export type HistoryStep = z.infer<typeof ComplaintEventSchema>;

export type StaffPoints = z.infer<typeof StaffPointsSchema>;
export type Standing = z.infer<typeof StandingSchema>;
export type Device = z.infer<typeof DeviceStatusSchema>;
export type MisuseRecord = z.infer<typeof MisuseRecordSchema>;
export type AuditEntry = z.infer<typeof AuditEntrySchema>;
export type NoticeFinding = z.infer<typeof NoticeAuditSchema>['findings'][number];
export type LateRecord = z.infer<typeof LateRecordSchema>;
