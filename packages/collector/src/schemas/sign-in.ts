/** Answers of single sign-on and of the second factor (TOTP). */
import * as z from 'zod/mini';

/** `GET /api/v1/auth/providers`: the single sign-on the sign-in page offers, or null. */
export const ProvidersSchema = z.object({ oidc: z.nullable(z.object({ label: z.string() })) });

export const TotpStatusSchema = z.object({ enabled: z.boolean(), pending: z.boolean() });

/** Shown once, when enrolment starts: the app reads `otpauthUri` from a QR code, or the secret typed in. */
export const TotpEnrolmentSchema = z.object({ secret: z.string(), otpauthUri: z.string() });

export const TotpCodeSchema = z.strictObject({ code: z.string().check(z.maxLength(10)) });
