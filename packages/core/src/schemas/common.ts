import * as z from 'zod/mini';
import { isMainlandPhone } from '../phone.js';
import { CHANNELS, SLUG_HINT, SLUG_PATTERN } from '../record-fields.js';

/** Identifiers of stations, windows, staff, service items and materials: short, URL-safe, readable. */
export const Slug = z.string().check(z.regex(SLUG_PATTERN, SLUG_HINT));

/** A line of text a person typed or configured, trimmed, not empty. */
export const Text = (max: number) => z.string().check(z.trim(), z.minLength(1, 'must not be empty'), z.maxLength(max));

export const Phone = z
  .string()
  .check(z.trim(), z.refine(isMainlandPhone, 'enter a mainland mobile (11 digits) or a landline with its area code'));

/**
 * An RFC 3339 date-time with its offset. Not in year 0000: no calendar has it, and PostgreSQL
 * refuses it, so a device that sent it would have its record fail to store rather than be told why.
 */
export const Instant = z.iso
  .datetime({ offset: true })
  .check(z.refine((s) => !s.startsWith('0000'), 'year 0000 does not exist: use a date-time from year 0001 on'));

export { CHANNELS };
export const ChannelSchema = z.enum(CHANNELS);
export type Channel = z.infer<typeof ChannelSchema>;

export const Millis = z.number().check(z.int(), z.gte(0), z.lte(86_400_000));
