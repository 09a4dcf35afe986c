/** The named schemas of complaint findings, staff intake, consultations and complaint figures, for components.ts. */
import type * as z from 'zod/mini';
import { ComplaintFiguresAnswerSchema, ComplaintFiguresRowSchema } from '../schemas/complaint-figures.js';
import {
  ComplaintAppealDecisionSchema,
  ComplaintAppealRequestSchema,
  ComplaintFindingRequestSchema,
  ComplaintSatisfactionRequestSchema,
  ComplaintVoidRequestSchema,
  WarningTalkRequestSchema,
} from '../schemas/complaint-findings.js';
import {
  ConsultationListSchema,
  ConsultationRequestSchema,
  ConsultationSchema,
  StaffComplaintFiledSchema,
  StaffComplaintRequestSchema,
} from '../schemas/staff-intake.js';

export function registerComplaintWorkComponents(add: (schema: z.ZodMiniType, id: string, description?: string) => void): void {
  add(ComplaintFindingRequestSchema, 'ComplaintFindingRequest', 'No finding without its reasons.');
  add(ComplaintVoidRequestSchema, 'ComplaintVoidRequest');
  add(ComplaintAppealRequestSchema, 'ComplaintAppealRequest');
  add(ComplaintAppealDecisionSchema, 'ComplaintAppealDecision', '`overturned` voids the complaint: it counts against nobody.');
  add(ComplaintSatisfactionRequestSchema, 'ComplaintSatisfactionRequest', '`reopen` only with `dissatisfied`.');
  add(WarningTalkRequestSchema, 'WarningTalkRequest', '`heldBy` defaults to the person signed in.');
  add(StaffComplaintRequestSchema, 'StaffComplaintRequest', 'Keyed in by staff; `receivedAt` is when it reached the station.');
  add(StaffComplaintFiledSchema, 'StaffComplaintFiled');
  add(ConsultationRequestSchema, 'ConsultationRequest');
  add(ConsultationSchema, 'Consultation', 'A question (咨询) logged apart from complaints.');
  add(ConsultationListSchema, 'ConsultationList');
  add(ComplaintFiguresRowSchema, 'ComplaintFiguresRow', '`key` is the station id, month, channel or category of the row.');
  add(ComplaintFiguresAnswerSchema, 'ComplaintFigures', 'Rates are null when there is nothing to divide by.');
}
