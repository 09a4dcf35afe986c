/** What the dashboard expects from sign-in and account management (the collector's own schemas). */
import type { AccountSchema, MeSchema } from '@manyi/collector/schemas';
import * as z from 'zod/mini';

export { AccountListSchema, AccountSchema, ComplaintContactSchema, LoginAnswerSchema, MeSchema } from '@manyi/collector/schemas';

export type Me = z.infer<typeof MeSchema>;
export type Account = z.infer<typeof AccountSchema>;
export type Role = Me['role'];

/** `GET /api/v1/auth/providers`: a single sign-on service, when one is configured. */
export const ProvidersSchema = z.object({ oidc: z.optional(z.object({ label: z.string() })) });
