/**
 * A station's published monthly results (公示), as `GET /api/v1/public/stations/{stationId}/results`
 * answers them and `manyi-satisfaction-board` shows them. Written once here so the collector that
 * sends them and the element that reads them agree; no personal data, misuse left out.
 */
import * as z from 'zod/mini';
import { UNIT_TIERS } from '../metrics/unit-score.js';
import { Instant, Slug } from './common.js';

/** A calendar month written `YYYY-MM`, counted in China Standard Time. */
export const MonthSchema = z.string().check(z.regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'use a month written YYYY-MM, e.g. 2026-11'));

/** `?month=YYYY-MM` of the results endpoint. */
export const StationResultsQuerySchema = z.object({ month: MonthSchema });

const Count = z.number().check(z.int('a count must be a whole number'), z.gte(0, 'a count must be 0 or more'));
const Share = z.number().check(z.gte(0, 'a rate must be 0–1'), z.lte(1, 'a rate must be 0–1'));
const Score = z.number().check(z.gte(0, 'a score must be 0–100'), z.lte(100, 'a score must be 0–100'));

/**
 * Counts per national level (`"5"` 非常满意 … `"1"` 非常不满意) and the figures made from them.
 * `score`/`tier` (100-point appraisal) and `badReviewsHandled` are published when the collector
 * knows them; older answers without them stay valid.
 */
export const ResultFiguresSchema = z.object({
  levels: z.record(z.enum(['1', '2', '3', '4', '5']), Count),
  total: Count,
  /** 好评率, 0–1; null when nobody rated. */
  goodReviewRate: z.nullable(Share),
  badReviewCount: Count,
  /** Bad reviews whose case was closed (called back and rectified, or voided on appeal). */
  badReviewsHandled: z.optional(Count),
  /** 100-point score with the station's level points; null when nobody rated. */
  score: z.optional(z.nullable(Score)),
  tier: z.optional(z.nullable(z.enum(UNIT_TIERS))),
});
export type ResultFigures = z.infer<typeof ResultFiguresSchema>;

export const WindowResultsSchema = z.extend(ResultFiguresSchema, {
  /** Null for ratings given without a window. */
  windowId: z.nullable(Slug),
  /** Null for a window since removed from the station's list. */
  windowName: z.nullable(z.string()),
});
export type WindowResults = z.infer<typeof WindowResultsSchema>;

export const StationResultsSchema = z.object({
  stationId: Slug,
  stationName: z.string(),
  month: MonthSchema,
  /** The month's bounds in China Standard Time, as ISO UTC instants (`to` exclusive). */
  from: Instant,
  to: Instant,
  /** False while the month is still running. */
  complete: z.boolean(),
  overall: ResultFiguresSchema,
  windows: z.array(WindowResultsSchema),
  /** Months that can be asked for, newest first, when the collector lists them. */
  months: z.optional(z.array(MonthSchema)),
});
export type StationResults = z.infer<typeof StationResultsSchema>;
