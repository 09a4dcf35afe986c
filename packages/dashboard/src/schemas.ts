/**
 * What the dashboard expects from the collector's admin API, built from @manyi/core's shared
 * schemas, so an answer that drifted from the agreement shows up as a readable error.
 */
import {
  CommitmentSchema,
  ComplaintCategorySchema,
  Instant,
  NationalLevelSchema,
  RegionSchema,
  ServiceItemSchema,
  Slug,
  StaffSchema,
  StationSchema,
  WindowSchema,
} from '@manyi/core';
import * as z from 'zod/mini';

const Counts = z.object({ 1: z.number(), 2: z.number(), 3: z.number(), 4: z.number(), 5: z.number() });
const GroupFigures = z.object({
  key: z.nullable(z.string()),
  levels: Counts,
  total: z.number(),
  goodReviewRate: z.nullable(z.number()),
  badReviewCount: z.number(),
});
export type GroupFigures = z.infer<typeof GroupFigures>;
export const StatsAnswerSchema = z.object({
  groups: z.array(GroupFigures),
  overall: GroupFigures,
  /** The stations counted: one, or every station within the region asked for. */
  stations: z.array(Slug),
});
export type StatsAnswer = z.infer<typeof StatsAnswerSchema>;

export const RegionListSchema = z.object({ items: z.array(RegionSchema) });
export const StationListSchema = z.object({ items: z.array(StationSchema) });

export const StationCatalogueSchema = z.extend(StationSchema, {
  windows: z.array(WindowSchema),
  staff: z.array(StaffSchema),
  serviceItems: z.array(ServiceItemSchema),
  commitments: z.array(CommitmentSchema),
});
export type StationCatalogue = z.infer<typeof StationCatalogueSchema>;

export const CASE_STATES = ['new', 'called-back', 'rectifying', 'rectified', 'satisfied', 'not-satisfied', 'appealed', 'voided'] as const;
export type CaseState = (typeof CASE_STATES)[number];
const HistoryEntry = z.object({
  at: Instant,
  from: z.nullable(z.string()),
  to: z.string(),
  by: z.nullish(z.string()),
  note: z.nullish(z.string()),
  /** Complaint steps only: what was done; `from`/`to` are owners for assign and handover, statuses otherwise. */
  action: z.optional(z.enum(['assign', 'handover', 'reply', 'close'])),
});
export type HistoryStep = z.infer<typeof HistoryEntry>;
export const CaseSchema = z.object({
  id: z.string(),
  ratingId: z.string(),
  stationId: Slug,
  windowId: z.nullable(z.string()),
  staffId: z.nullable(z.string()),
  serviceItemId: z.nullable(z.string()),
  level: NationalLevelSchema,
  reasons: z.array(z.string()),
  comment: z.nullable(z.string()),
  ratedAt: Instant,
  assignee: z.nullable(z.string()),
  state: z.enum(CASE_STATES),
  callbackDueAt: Instant,
  rectifyDueAt: Instant,
  overdue: z.boolean(),
  history: z.array(HistoryEntry),
});
export type BadReviewCase = z.infer<typeof CaseSchema>;
export const CaseListSchema = z.object({ cases: z.array(CaseSchema) });
const Rate = z.nullable(z.number());
export const CaseSummarySchema = z.object({
  badReviews: z.number(),
  overdue: z.number(),
  replyRate: Rate,
  rectificationRate: Rate,
  satisfactionWithRectification: Rate,
});
export type CaseSummary = z.infer<typeof CaseSummarySchema>;

export const COMPLAINT_STATUSES = ['received', 'assigned', 'replied', 'closed'] as const;
export const ComplaintSchema = z.object({
  trackingNo: z.string(),
  stationId: Slug,
  category: ComplaintCategorySchema,
  windowId: z.nullable(z.string()),
  staffId: z.nullable(z.string()),
  description: z.string(),
  wantsReply: z.boolean(),
  contact: z.nullable(z.object({ name: z.nullable(z.string()), phone: z.string() })),
  status: z.enum(COMPLAINT_STATUSES),
  assignee: z.nullable(z.string()),
  publicReply: z.nullable(z.string()),
  receivedAt: Instant,
  // Added with the hand-over workflow; older collectors leave them out.
  firstOwner: z.nullish(z.string()),
  dueAt: z.nullish(Instant),
  overdue: z.nullish(z.boolean()),
  history: z.optional(z.array(HistoryEntry)),
});
export type Complaint = z.infer<typeof ComplaintSchema>;
export const ComplaintListSchema = z.object({ items: z.array(ComplaintSchema) });

export const StaffPointsSchema = z.object({
  year: z.number(),
  staff: z.array(
    z.object({
      staffId: z.string(),
      name: z.nullish(z.string()),
      points: z.number(),
      deductions: z.array(z.object({ trackingNo: z.string(), at: Instant, points: z.number() })),
    }),
  ),
});
export type StaffPoints = z.infer<typeof StaffPointsSchema>;
export const StandingSchema = z.object({
  stationId: z.string(),
  month: z.string(),
  standing: z.enum(['kept', 'lost']),
  reasons: z.array(z.string()),
});
export type Standing = z.infer<typeof StandingSchema>;

export const DeviceSchema = z.object({
  id: z.string(),
  name: z.nullable(z.string()),
  createdAt: Instant,
  revokedAt: z.nullable(Instant),
  lastSeenAt: z.nullable(Instant),
  lastHeartbeat: z.nullable(
    z.object({
      at: Instant,
      pending: z.number(),
      quarantined: z.number(),
      persisted: z.boolean(),
      appVersion: z.string(),
    }),
  ),
});
export type Device = z.infer<typeof DeviceSchema>;
export const DeviceListSchema = z.object({ items: z.array(DeviceSchema) });
export const EnrollmentCodeSchema = z.object({ code: z.string(), expiresAt: Instant });

export const MisuseListSchema = z.object({
  records: z.array(
    z.object({
      id: z.string(),
      kind: z.string(),
      stationId: z.string(),
      windowId: z.nullish(z.string()),
      level: z.optional(NationalLevelSchema),
      createdAt: Instant,
      flag: z.enum(['excluded', 'restored']),
    }),
  ),
});
export type MisuseRecord = z.infer<typeof MisuseListSchema>['records'][number];

export const NoticeAuditSchema = z.object({
  findings: z.array(
    z.object({
      noticeNos: z.array(z.string()),
      serviceItemId: z.string(),
      material: z.string(),
      firstAt: Instant,
      laterAt: Instant,
    }),
  ),
});
export type NoticeFinding = z.infer<typeof NoticeAuditSchema>['findings'][number];
