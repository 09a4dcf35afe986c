/** Request shapes of findings, voiding, satisfaction after the reply and warning talks. */
import { Instant, Text } from '@manyi/core';
import * as z from 'zod/mini';
import { FINDINGS, HANDLING_SATISFACTION } from '../complaint-findings.js';

/** `POST /api/v1/admin/complaints/{trackingNo}/finding`: no finding without its reasons. */
export const ComplaintFindingRequestSchema = z.strictObject({
  finding: z.enum(FINDINGS),
  reasons: Text(2000),
});

/** `POST /api/v1/admin/complaints/{trackingNo}/void`: a supervisor sets a complaint aside, with why. */
export const ComplaintVoidRequestSchema = z.strictObject({ reason: Text(1000) });

/**
 * `POST /api/v1/admin/complaints/{trackingNo}/satisfaction`, after the reply (回访). `reopen` (only
 * when dissatisfied) takes the complaint back into handling.
 */
export const ComplaintSatisfactionRequestSchema = z
  .strictObject({
    level: z.enum(HANDLING_SATISFACTION),
    via: z._default(z.enum(['phone', 'keyed']), 'phone'),
    note: z.optional(Text(1000)),
    reopen: z._default(z.boolean(), false),
  })
  .check(
    z.refine((r) => !r.reopen || r.level === 'dissatisfied', {
      message: 'a complaint is reopened only when the citizen is dissatisfied',
      path: ['reopen'],
    }),
  );

/** `POST /api/v1/admin/complaints/{trackingNo}/warning-talk`: the 诫勉谈话 a substantiated complaint brings. */
export const WarningTalkRequestSchema = z.strictObject({
  heldAt: Instant,
  /** Who held the talk; the person signed in when left out. */
  heldBy: z.optional(Text(50)),
  notes: Text(2000),
});

/** `POST /api/v1/admin/complaints/{trackingNo}/appeal`: the staff member named appeals a finding that costs points. */
export const ComplaintAppealRequestSchema = z.strictObject({ note: Text(2000) });

/** `POST /api/v1/admin/complaints/{trackingNo}/appeal-decision`: the supervisor upholds the finding or overturns it (the complaint is then voided). */
export const ComplaintAppealDecisionSchema = z.strictObject({ decision: z.enum(['upheld', 'overturned']), note: Text(2000) });
