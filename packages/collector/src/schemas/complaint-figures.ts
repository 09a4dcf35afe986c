/** `GET /api/v1/admin/complaint-figures?station=|region=&from=&to=`: complaint figures for a period. */
import { Slug, StatsQuerySchema } from '@manyi/core';
import * as z from 'zod/mini';

export const ComplaintFiguresQuerySchema = z
  .object({
    station: z.optional(Slug),
    region: z.optional(Slug),
    from: StatsQuerySchema.shape.from,
    to: StatsQuerySchema.shape.to,
  })
  .check(z.refine((q) => (q.station === undefined) !== (q.region === undefined), 'give either station=… or region=…, one of them'));

const count = z.number();
const share = z.nullable(z.number());
const figures = {
  received: count,
  closed: count,
  closedInTime: count,
  substantiated: count,
  partly: count,
  unsubstantiated: count,
  unverifiable: count,
  voided: count,
  satisfactionAsked: count,
  satisfied: count,
  fairlySatisfied: count,
  dissatisfied: count,
  /** 办结率: closed / received. */
  closedRate: share,
  /** 按期办结率: closed by the reply deadline / received. */
  closedInTimeRate: share,
  /** 查实率: substantiated / complaints with a finding, voided ones left out. */
  substantiatedRate: share,
  /** 回访满意率: satisfied or fairly satisfied / asked after the reply. */
  satisfactionRate: share,
};
export const ComplaintFiguresRowSchema = z.object({ key: z.string(), name: z.optional(z.string()), ...figures });

export const ComplaintFiguresAnswerSchema = z.object({
  from: z.string(),
  to: z.string(),
  totals: z.object(figures),
  /** Consultations (咨询) in the period, never counted as complaints. */
  consultations: count,
  byStation: z.array(ComplaintFiguresRowSchema),
  /** `YYYY-MM`, China time. */
  byMonth: z.array(ComplaintFiguresRowSchema),
  /** The intake channel of complaints keyed in by staff, else the record channel (device, web…). */
  byChannel: z.array(ComplaintFiguresRowSchema),
  byCategory: z.array(ComplaintFiguresRowSchema),
});
