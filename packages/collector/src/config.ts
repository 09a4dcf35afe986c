import { resolve } from 'node:path';
import { describeIssues } from '@manyi/core';
import * as z from 'zod/mini';

const EnvSchema = z.object({
  PORT: z._default(z.coerce.number().check(z.int(), z.gte(0), z.lte(65_535)), 8080),
  HOST: z._default(z.string().check(z.minLength(1)), '127.0.0.1'),
  MANYI_DATA_DIR: z._default(z.string().check(z.minLength(1)), './.manyi-data'),
  DATABASE_URL: z.optional(z.string().check(z.regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL'))),
  MANYI_ADMIN_TOKEN: z.optional(z.string().check(z.minLength(16, 'must be at least 16 characters'))),
});

export interface CollectorConfig {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl?: string;
  adminToken?: string;
}

/** Reads the collector's settings from the environment; a bad value stops start-up with its name. */
export function configFromEnv(env: NodeJS.ProcessEnv = process.env): CollectorConfig {
  const blankless = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = EnvSchema.safeParse(blankless);
  if (!parsed.success) throw new Error(`invalid environment: ${describeIssues(parsed.error.issues)}`);
  const e = parsed.data;
  return { port: e.PORT, host: e.HOST, dataDir: resolve(e.MANYI_DATA_DIR), databaseUrl: e.DATABASE_URL, adminToken: e.MANYI_ADMIN_TOKEN };
}
