/** The answer of `GET /api/v1/admin/stats` (admin token); its query is @manyi/core's StatsQuerySchema. */
import { Instant, Slug, STATS_GROUPS } from '@manyi/core';
import * as z from 'zod/mini';
import type { StatsAnswer } from '../stats.js';
import { same } from './same.js';

const Count = z.number().check(z.int(), z.gte(0));
const LevelCountsSchema = z.object({ 1: Count, 2: Count, 3: Count, 4: Count, 5: Count });
export const StatsFiguresSchema = z.object({
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
