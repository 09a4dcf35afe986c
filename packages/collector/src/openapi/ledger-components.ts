/** The named schemas of the bad-review ledger and its neighbours, for components.ts. */
import type * as z from 'zod/mini';
import {
  CaseEventSchema,
  CaseListSchema,
  CaseSchema,
  CaseSummarySchema,
  CaseTransitionRequestSchema,
  HandlingSettingsSchema,
  StandingThresholdsSchema,
} from '../schemas/cases.js';
import { LateRecordListSchema, LateRecordSchema, LateReviewAnswerSchema } from '../schemas/late.js';
import {
  AdminComplaintDetailSchema,
  ComplaintEventSchema,
  ComplaintHandoverRequestSchema,
  MisuseListSchema,
  MisuseRecordSchema,
  MisuseReviewAnswerSchema,
  NoticeAuditSchema,
  StaffPointsSchema,
  StandingSchema,
} from '../schemas/ledger.js';

export function registerLedgerComponents(add: (schema: z.ZodMiniType, id: string, description?: string) => void): void {
  add(CaseSchema, 'Case', 'A bad review (差评) and its handling; `id` is the rating’s id. Due dates end at 24:00 China Standard Time.');
  add(CaseEventSchema, 'CaseEvent');
  add(CaseListSchema, 'CaseList');
  add(
    CaseTransitionRequestSchema,
    'CaseTransitionRequest',
    'Allowed: new→called-back→rectifying→rectified→satisfied | not-satisfied (→rectifying), any open state→appealed, ' +
      'appealed→voided (with `reason`, kept on record) or back to the state before the appeal.',
  );
  add(CaseSummarySchema, 'CaseSummary', 'Bad reviews that stand (voided ones leave every count) and the rates of @manyi/core’s metrics.');
  add(MisuseRecordSchema, 'MisuseRecord');
  add(MisuseListSchema, 'MisuseList');
  add(MisuseReviewAnswerSchema, 'MisuseReview');
  add(LateRecordSchema, 'LateRecord', 'A device’s rating made in a month already published or too long before it arrived.');
  add(LateRecordListSchema, 'LateRecordList');
  add(LateReviewAnswerSchema, 'LateReview');
  add(StaffPointsSchema, 'StaffPoints', '12 points a calendar year; each valid (closed) complaint naming the staff member deducts 4.');
  add(StandingSchema, 'Standing', 'A station’s standing as a people’s satisfaction station (人民满意窗口) for one month.');
  add(StandingThresholdsSchema, 'StandingThresholds');
  add(HandlingSettingsSchema, 'HandlingSettings', 'Deadlines and standing thresholds of a station; a field left out takes its default.');
  add(
    NoticeAuditSchema,
    'NoticeAudit',
    'Applicants (by a salted phone hash) who came back for a material their first notice did not list.',
  );
  add(ComplaintHandoverRequestSchema, 'ComplaintHandoverRequest');
  add(ComplaintEventSchema, 'ComplaintEvent');
  add(AdminComplaintDetailSchema, 'AdminComplaintDetail', 'A complaint with its first-inquiry owner, handling history and reply deadline.');
}
