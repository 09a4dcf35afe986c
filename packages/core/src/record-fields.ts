/**
 * Field rules shared by the zod schemas and by the zod-free record constructors, so a rating pad
 * can check its attributes without shipping zod and still agree with the collector.
 */

/** Identifiers of stations, windows, staff, service items and materials: short, URL-safe, readable. */
export const SLUG_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/;
export const SLUG_HINT = 'use 1–64 letters, digits, "-" or "_", starting with a letter or digit';

/** Where a record came from. `staff` (keyed in by staff) can never pass as `device` (tapped). */
export const CHANNELS = ['device', 'web', 'qr', 'sms', 'hotline', 'paper', 'staff'] as const;

/** 办件号 of a rated service event: 1–64 characters. */
export const MAX_TICKET = 64;
/** A rating's optional comment. */
export const MAX_RATING_COMMENT = 500;

/** A service event's id: a UUIDv7 made by the collector. */
export const EVENT_ID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;
