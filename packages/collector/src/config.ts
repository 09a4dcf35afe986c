import { resolve } from 'node:path';
import { describeIssues } from '@manyi/core';
import * as z from 'zod/mini';
import { type OidcSettings, oidcSettingsFromEnv } from './accounts/oidc-settings.js';
import { DEFAULT_SESSION_HOURS, DEFAULT_SESSION_IDLE_MINUTES } from './accounts/sessions.js';
import { DEFAULT_AUDIT_RETENTION_DAYS, MIN_AUDIT_RETENTION_DAYS } from './audit/audit-retention.js';
import { LOG_LEVELS, type LogLevel } from './log.js';
import { DEFAULT_PERSONAL_DATA_RETENTION, type PersonalDataRetention } from './retention.js';

export const DEFAULT_CONTACT_RETENTION_DAYS = 180;

/** Days some personal data is kept: 1 to 3650 (ten years), `fallback` when the variable is unset. */
function personalDataRetentionDays(fallback: number) {
  return z._default(
    z.coerce
      .number()
      .check(z.int('must be a whole number of days'), z.gte(1, 'must be at least 1 day'), z.lte(3650, 'must be at most 3650 days')),
    fallback,
  );
}

const EnvSchema = z.object({
  PORT: z._default(z.coerce.number().check(z.int(), z.gte(0), z.lte(65_535)), 8080),
  HOST: z._default(z.string().check(z.minLength(1)), '127.0.0.1'),
  MANYI_DATA_DIR: z._default(z.string().check(z.minLength(1)), './.manyi-data'),
  DATABASE_URL: z.optional(z.string().check(z.regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL'))),
  MANYI_ADMIN_TOKEN: z.optional(z.string().check(z.minLength(16, 'must be at least 16 characters'))),
  MANYI_METRICS_TOKEN: z.optional(z.string().check(z.minLength(16, 'must be at least 16 characters'))),
  MANYI_CONTACT_RETENTION_DAYS: z._default(
    z.coerce
      .number()
      .check(z.int('must be a whole number of days'), z.gte(0, 'must be 0 or more days'), z.lte(3650, 'must be at most 3650 days')),
    DEFAULT_CONTACT_RETENTION_DAYS,
  ),
  MANYI_AUDIT_RETENTION_DAYS: z._default(
    z.coerce
      .number()
      .check(
        z.int('must be a whole number of days'),
        z.gte(MIN_AUDIT_RETENTION_DAYS, `must be at least ${MIN_AUDIT_RETENTION_DAYS} days (six months)`),
        z.lte(36500, 'must be at most 36500 days'),
      ),
    DEFAULT_AUDIT_RETENTION_DAYS,
  ),
  MANYI_OPEN_CONTACT_RETENTION_DAYS: personalDataRetentionDays(DEFAULT_PERSONAL_DATA_RETENTION.openContactDays),
  MANYI_DESCRIPTION_RETENTION_DAYS: personalDataRetentionDays(DEFAULT_PERSONAL_DATA_RETENTION.descriptionDays),
  MANYI_COMMENT_RETENTION_DAYS: personalDataRetentionDays(DEFAULT_PERSONAL_DATA_RETENTION.ratingCommentDays),
  MANYI_NOTICE_APPLICANT_RETENTION_DAYS: personalDataRetentionDays(DEFAULT_PERSONAL_DATA_RETENTION.noticeApplicantDays),
  MANYI_TRUST_PROXY: z._default(z.enum(['true', 'false']), 'false'),
  MANYI_DEMO: z._default(z.enum(['true', 'false']), 'true'),
  MANYI_LOG_LEVEL: z._default(z.enum(LOG_LEVELS), 'info'),
  MANYI_METRICS_PUBLIC: z._default(z.enum(['true', 'false']), 'false'),
  MANYI_SESSION_HOURS: z._default(
    z.coerce
      .number()
      .check(z.int('must be a whole number of hours'), z.gte(1, 'must be at least 1 hour'), z.lte(168, 'must be at most 168 hours')),
    DEFAULT_SESSION_HOURS,
  ),
  MANYI_SESSION_IDLE_MINUTES: z._default(
    z.coerce
      .number()
      .check(
        z.int('must be a whole number of minutes'),
        z.gte(1, 'must be at least 1 minute'),
        z.lte(1440, 'must be at most 1440 minutes'),
      ),
    DEFAULT_SESSION_IDLE_MINUTES,
  ),
});

export interface CollectorConfig {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl?: string;
  adminToken?: string;
  /** `GET /metrics` needs it as a bearer token; without it /metrics answers only when metricsPublic. */
  metricsToken?: string;
  /** Days after a complaint is closed until its contact details are erased; DEFAULT_CONTACT_RETENTION_DAYS when left out. */
  contactRetentionDays?: number;
  /** Days the audit trail is kept (MANYI_AUDIT_RETENTION_DAYS, at least 183); DEFAULT_AUDIT_RETENTION_DAYS when left out. */
  auditRetentionDays?: number;
  /** Behind a reverse proxy: take the client address for rate limits from X-Forwarded-For. */
  trustProxy?: boolean;
  /** Seed the demo station, region and activity on an empty database and print its secrets (MANYI_DEMO, default true). */
  demo?: boolean;
  /** The least severe log line written (MANYI_LOG_LEVEL, default info). */
  logLevel?: LogLevel;
  /** Serve `GET /metrics` to anyone (MANYI_METRICS_PUBLIC=true): only behind a proxy that keeps it private. */
  metricsPublic?: boolean;
  /** A person's session ends this many hours after sign-in (MANYI_SESSION_HOURS, default 12) … */
  sessionHours?: number;
  /** … or after this many minutes unused (MANYI_SESSION_IDLE_MINUTES, default 30). */
  sessionIdleMinutes?: number;
  /** Single sign-on through an OpenID Connect provider (MANYI_OIDC_*); off when left out. */
  oidc?: OidcSettings;
  /**
   * How long the other personal fields are kept (MANYI_OPEN_CONTACT_RETENTION_DAYS,
   * MANYI_DESCRIPTION_RETENTION_DAYS, MANYI_COMMENT_RETENTION_DAYS,
   * MANYI_NOTICE_APPLICANT_RETENTION_DAYS); DEFAULT_PERSONAL_DATA_RETENTION when left out.
   */
  retention?: Omit<PersonalDataRetention, 'contactDays'>;
}

/** Reads the collector's settings from the environment; a bad value stops start-up with its name. */
export function configFromEnv(env: NodeJS.ProcessEnv = process.env): CollectorConfig {
  const blankless = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = EnvSchema.safeParse(blankless);
  if (!parsed.success) throw new Error(`invalid environment: ${describeIssues(parsed.error.issues)}`);
  const e = parsed.data;
  const oidc = oidcSettingsFromEnv(blankless);
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: resolve(e.MANYI_DATA_DIR),
    databaseUrl: e.DATABASE_URL,
    adminToken: e.MANYI_ADMIN_TOKEN,
    metricsToken: e.MANYI_METRICS_TOKEN,
    contactRetentionDays: e.MANYI_CONTACT_RETENTION_DAYS,
    auditRetentionDays: e.MANYI_AUDIT_RETENTION_DAYS,
    trustProxy: e.MANYI_TRUST_PROXY === 'true',
    demo: e.MANYI_DEMO === 'true',
    logLevel: e.MANYI_LOG_LEVEL,
    metricsPublic: e.MANYI_METRICS_PUBLIC === 'true',
    sessionHours: e.MANYI_SESSION_HOURS,
    sessionIdleMinutes: e.MANYI_SESSION_IDLE_MINUTES,
    ...(oidc ? { oidc } : {}),
    retention: {
      openContactDays: e.MANYI_OPEN_CONTACT_RETENTION_DAYS,
      descriptionDays: e.MANYI_DESCRIPTION_RETENTION_DAYS,
      ratingCommentDays: e.MANYI_COMMENT_RETENTION_DAYS,
      noticeApplicantDays: e.MANYI_NOTICE_APPLICANT_RETENTION_DAYS,
    },
  };
}
