/**
 * Tracking numbers for complaints and one-time notices, e.g. `TS-250128-7K04AK`: short enough to
 * read out on the phone, made offline on any device without ever colliding, and guarded by a check
 * character so that a misheard or swapped character is caught before anyone looks up the wrong case.
 *
 * Layout: PREFIX - YYMMDD - NN SSS C
 * - PREFIX: 1–4 letters naming what it tracks (`TS` 投诉 complaint, `GZ` 告知 notice).
 * - YYMMDD: the China Standard Time day it was made, in plain digits, so staff and citizens can
 *   tell at a glance when it was filed and a search can start from that day.
 * - NN: the device's node number (0–1023), unique per enrollment and handed out by the collector;
 *   the collector itself uses its own node for web, hotline and paper entries.
 * - SSS: the device's counter for that day (0–32767), kept durably with the device's records.
 * - C: the check character.
 * Why not time + random: at a length people can read out, the random part is too small to rule out
 * two devices drawing the same value over years of use; (node, day, counter) cannot collide at all.
 *
 * Alphabet: Crockford's base 32 (digits and letters without I, L, O, U): no letter that looks like
 * 0 or 1, case does not matter, and what people type for the missing letters (O, I, L) is mapped
 * to what they meant.
 *
 * Check: with the prefix and every character as an element of GF(32) (polynomial x⁵ + x² + 1),
 * r ← α·r + v over the characters, then C = α·r, so a valid number ends with r = 0 — the Damm
 * algorithm over the totally anti-symmetric quasigroup x∘y = α·x + y. Equivalently Σ αᵏ·vₖ = 0
 * with weights αᵏ: a substitution changes the sum by αᵏ·(v−w) ≠ 0, and swapping two neighbours by
 * αᵏ·(α+1)·(v−w) ≠ 0, so every single wrong character and every adjacent swap (the check character
 * included) is detected. (Swaps further apart are detected too unless 31 positions apart.)
 */
import { type DayInput, type IsoDate, isIsoDate, toChinaDate } from './calendar/china-date.js';

export const TRACKING_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const TRACKING_PREFIXES = { complaint: 'TS', notice: 'GZ' } as const;
export const MAX_TRACKING_NODE = 32 ** 2 - 1;
export const MAX_TRACKING_SEQ = 32 ** 3 - 1;

export interface TrackingNumberParts {
  readonly prefix: string;
  /** The China Standard Time day it was made. */
  readonly date: IsoDate;
  readonly node: number;
  readonly seq: number;
}

export type TrackingNumberCheck =
  | { readonly valid: true; readonly number: string; readonly parts: TrackingNumberParts }
  | { readonly valid: false; readonly reason: 'format' | 'check' | 'prefix' | 'date'; readonly message: string };

const BODY_LENGTH = 12;
const PREFIX = /^[A-HJKMNP-TV-Z]{1,4}$/;
const SHAPE = /^([A-HJKMNP-TV-Z]{1,4})(\d{6})([0-9A-HJKMNP-TV-Z]{6})$/;
const EXAMPLE = 'TS-250128-7K04AK';
// Spaces and every kind of dash or dot people (and input methods) put between groups.
const SEPARATORS = /[\s\-_.·・‐‑‒–—―−]/g;
const VALUE = new Map([...TRACKING_ALPHABET].map((ch, i) => [ch, i]));

/** A new tracking number; throws a RangeError naming the part that is out of range. */
export function makeTrackingNumber(parts: { prefix: string; date: DayInput; node: number; seq: number }): string {
  const { prefix, node, seq } = parts;
  if (!PREFIX.test(prefix)) {
    throw new RangeError(`prefix must be 1–4 capital letters other than I, L, O and U, got ${JSON.stringify(prefix)}`);
  }
  if (!Number.isInteger(node) || node < 0 || node > MAX_TRACKING_NODE) {
    throw new RangeError(`node must be a whole number 0–${MAX_TRACKING_NODE}, got ${node}`);
  }
  if (!Number.isInteger(seq) || seq < 0 || seq > MAX_TRACKING_SEQ) {
    throw new RangeError(`seq must be a whole number 0–${MAX_TRACKING_SEQ}, got ${seq}`);
  }
  const date = toChinaDate(parts.date);
  if (!date.startsWith('20')) throw new RangeError(`tracking numbers carry a day in 2000–2099, got ${date}`);
  const payload = `${prefix}${date.slice(2).replaceAll('-', '')}${encode(node, 2)}${encode(seq, 3)}`;
  return format(payload + trackingCheckCharacter(payload));
}

/**
 * The canonical form of what someone typed or read out: full-width characters made plain, upper
 * case, separators dropped, O read as 0 and I or L as 1, then grouped as `TS-250128-7K04AK` when it
 * has that shape. Does not judge validity: see {@link validateTrackingNumber}.
 */
export function normalizeTrackingNumber(input: string): string {
  const compact = compactForm(input);
  return SHAPE.test(compact) ? format(compact) : compact;
}

/** Checks a tracking number as typed, with `{ valid, message }` fit to show to the person typing. */
export function validateTrackingNumber(input: string, options: { prefixes?: readonly string[] } = {}): TrackingNumberCheck {
  const compact = compactForm(input);
  const stray = [...compact].find((ch) => !VALUE.has(ch));
  if (stray !== undefined) {
    return { valid: false, reason: 'format', message: `“${stray}” is not used in tracking numbers, which look like ${EXAMPLE}` };
  }
  const m = SHAPE.exec(compact);
  if (!m) {
    return {
      valid: false,
      reason: 'format',
      message: `a tracking number has 1–4 letters, 6 digits and 6 more characters, like ${EXAMPLE}`,
    };
  }
  if (!hasValidTrackingCheck(compact)) {
    return {
      valid: false,
      reason: 'check',
      message: 'this number does not add up: a character was probably misheard, mistyped or swapped with its neighbour',
    };
  }
  const [, prefix = '', yymmdd = '', tail = ''] = m;
  if (options.prefixes && !options.prefixes.includes(prefix)) {
    return { valid: false, reason: 'prefix', message: `expected a number starting with ${options.prefixes.join(' or ')}, got ${prefix}` };
  }
  const date = `20${yymmdd.slice(0, 2)}-${yymmdd.slice(2, 4)}-${yymmdd.slice(4, 6)}`;
  if (!isIsoDate(date)) return { valid: false, reason: 'date', message: `${yymmdd} is not a day (YYMMDD)` };
  return {
    valid: true,
    number: format(compact),
    parts: { prefix, date, node: decode(tail.slice(0, 2)), seq: decode(tail.slice(2, 5)) },
  };
}

/** The check character for a payload of alphabet characters (prefix and body, no separators). */
export function trackingCheckCharacter(payload: string): string {
  return TRACKING_ALPHABET.charAt(timesAlpha(checkState(payload)));
}

/** True when a compact number (payload + check character) passes the check. */
export function hasValidTrackingCheck(compact: string): boolean {
  return compact.length > 1 && checkState(compact) === 0;
}

function checkState(chars: string): number {
  let r = 0;
  for (const ch of chars) {
    const v = VALUE.get(ch);
    if (v === undefined) throw new RangeError(`“${ch}” is not in the tracking-number alphabet`);
    r = timesAlpha(r) ^ v;
  }
  return r;
}

/** Multiplies an element of GF(32) by α, reducing by x⁵ + x² + 1. */
function timesAlpha(r: number): number {
  const shifted = r << 1;
  return shifted & 0b100000 ? shifted ^ 0b100101 : shifted;
}

function compactForm(input: string): string {
  return input.normalize('NFKC').toUpperCase().replace(SEPARATORS, '').replaceAll('O', '0').replaceAll('I', '1').replaceAll('L', '1');
}

function format(compact: string): string {
  const prefixLength = compact.length - BODY_LENGTH;
  return `${compact.slice(0, prefixLength)}-${compact.slice(prefixLength, prefixLength + 6)}-${compact.slice(prefixLength + 6)}`;
}

function encode(n: number, width: number): string {
  let out = '';
  for (let i = 0; i < width; i++, n = Math.floor(n / 32)) out = TRACKING_ALPHABET.charAt(n % 32) + out;
  return out;
}

function decode(chars: string): number {
  let n = 0;
  for (const ch of chars) n = n * 32 + (VALUE.get(ch) ?? 0);
  return n;
}
