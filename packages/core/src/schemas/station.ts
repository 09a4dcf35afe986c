/** How a station describes itself: settings, windows, staff, service items and their guides, commitments. */
import * as z from 'zod/mini';
import { Millis, Phone, Slug, Text } from './common.js';
import { ScaleIdSchema } from './levels.js';

export const StationSettingsSchema = z.object({
  scale: ScaleIdSchema,
  /** Taps closer together than this on one pad are kept but flagged as misuse. */
  cooldownMs: Millis,
  /** How long the thank-you screen stays. */
  thankYouMs: Millis,
  /** How long an untouched screen waits before returning to the rating screen. */
  idleResetMs: Millis,
});
export type StationSettings = z.infer<typeof StationSettingsSchema>;

export const StationSchema = z.extend(StationSettingsSchema, {
  id: Slug,
  name: Text(100),
  /** The region (county, township, …) the station lies in; see RegionSchema. */
  regionId: z.optional(Slug),
});
export type Station = z.infer<typeof StationSchema>;

export const StationPatchSchema = z
  .strictObject({
    scale: z.optional(ScaleIdSchema),
    cooldownMs: z.optional(Millis),
    thankYouMs: z.optional(Millis),
    idleResetMs: z.optional(Millis),
    name: z.optional(Text(100)),
    /** Moves the station into another region; `null` takes it out of any. */
    regionId: z.optional(z.nullable(Slug)),
    /** The PIN attendants type to open a kiosk's admin area; stored only as a salted hash. */
    kioskPin: z.optional(z.string().check(z.regex(/^\d{4,8}$/, 'use 4 to 8 digits'))),
  })
  .check(z.refine((p) => Object.keys(p).length > 0, 'send at least one setting to change'));
export type StationPatch = z.infer<typeof StationPatchSchema>;

export const WindowSchema = z.object({ id: Slug, name: Text(100) });
export type ServiceWindow = z.infer<typeof WindowSchema>;

export const StaffSchema = z.object({
  id: Slug,
  name: Text(50),
  /** 工号, what the badge on the counter shows. */
  number: z.optional(Text(32)),
  windowId: z.optional(Slug),
});
export type StaffMember = z.infer<typeof StaffSchema>;

/** One material of a service item's guide (办事指南). */
export const MaterialSchema = z.object({
  id: Slug,
  name: Text(200),
  form: z.enum(['original', 'copy', 'original-and-copy', 'electronic']),
  copies: z.number().check(z.int(), z.gte(0), z.lte(99)),
  /** e.g. "A4, signed on every page". */
  format: z.optional(Text(200)),
  issuer: z.optional(Text(200)),
  howToObtain: z.optional(Text(500)),
  /** When the material is needed at all, e.g. "only when applying on someone's behalf". */
  condition: z.optional(Text(500)),
});
export type Material = z.infer<typeof MaterialSchema>;

export const ServiceGuideSchema = z.object({
  materials: z.array(MaterialSchema).check(z.maxLength(200)),
  legalBasis: z.optional(Text(1000)),
  /** Working days the office has to decide. */
  timeLimitDays: z.optional(z.number().check(z.int(), z.gte(0), z.lte(365))),
  fee: z.optional(Text(200)),
  place: z.optional(Text(200)),
  queryPhone: z.optional(Phone),
});
export type ServiceGuide = z.infer<typeof ServiceGuideSchema>;

/** 事项: a service the station delivers, with its code on the provincial platform and its guide. */
export const ServiceItemSchema = z.object({
  id: Slug,
  name: Text(200),
  /** 事项编码 and its version, as the provincial 好差评 platform knows them. */
  code: z.optional(Text(64)),
  version: z.optional(Text(32)),
  guide: ServiceGuideSchema,
});
export type ServiceItem = z.infer<typeof ServiceItemSchema>;

export const LIMIT_UNITS = ['minutes', 'hours', 'days', 'working-days'] as const;
export const AREA_TIERS = ['urban', 'rural', 'remote'] as const;

/** One limit of a commitment, e.g. "on site within 45 minutes (maximum, urban)". */
export const CommitmentLimitSchema = z.object({
  value: z.number().check(z.gte(0), z.lte(10_000)),
  unit: z.enum(LIMIT_UNITS),
  /** Whether the value is a ceiling for every case or an average over cases. */
  measure: z.enum(['maximum', 'average']),
  areaTier: z.optional(z.enum(AREA_TIERS)),
});
export type CommitmentLimit = z.infer<typeof CommitmentLimitSchema>;

/** 服务承诺: what a unit publicly promises for a service, and what it owes when it breaks it. */
export const CommitmentSchema = z.object({
  id: Slug,
  serviceItemId: z.optional(Slug),
  promise: Text(500),
  limits: z.array(CommitmentLimitSchema).check(z.maxLength(10)),
  legalBasis: z.optional(Text(1000)),
  fees: z.optional(Text(500)),
  hours: z.optional(Text(200)),
  hotline: z.optional(Text(32)),
  complaintPhone: z.optional(Text(32)),
  /** 违诺责任 */
  liability: z.optional(Text(1000)),
});
export type Commitment = z.infer<typeof CommitmentSchema>;
