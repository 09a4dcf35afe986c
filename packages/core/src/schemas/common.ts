import * as z from 'zod/mini';
import { isMainlandPhone } from '../phone.js';

/** Identifiers of stations, windows, staff, service items and materials: short, URL-safe, readable. */
export const Slug = z
  .string()
  .check(z.regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/, 'use 1–64 letters, digits, "-" or "_", starting with a letter or digit'));

/** A line of text a person typed or configured, trimmed, not empty. */
export const Text = (max: number) => z.string().check(z.trim(), z.minLength(1, 'must not be empty'), z.maxLength(max));

export const Phone = z
  .string()
  .check(z.trim(), z.refine(isMainlandPhone, 'enter a mainland mobile (11 digits) or a landline with its area code'));

export const Instant = z.iso.datetime({ offset: true });

/** Where a record came from. `staff` (keyed in by staff) can never pass as `device` (tapped). */
export const CHANNELS = ['device', 'web', 'qr', 'sms', 'hotline', 'paper', 'staff'] as const;
export const ChannelSchema = z.enum(CHANNELS);
export type Channel = z.infer<typeof ChannelSchema>;

export const Millis = z.number().check(z.int(), z.gte(0), z.lte(86_400_000));
