/**
 * Mainland China phone numbers a citizen may leave for a reply: mobiles (11 digits from 13x to
 * 19x) and landlines with their area code (010, 02x, 0xxx) and an optional extension.
 */
const MOBILE = /^1[3-9]\d{9}$/;
const LANDLINE = /^0\d{2,3}\d{7,8}(?:#\d{1,6})?$/;

/** The number with spaces, dashes, brackets and a leading +86 / 0086 taken out; extension as `#`. */
export function normalizePhone(typed: string): string {
  return typed
    .trim()
    .replace(/^(?:\+|00)86/, '')
    .replace(/(?:转|ext\.?|x)\s*(\d+)$/i, '#$1')
    .replace(/[\s\-()（）]/g, '');
}

export function isMainlandPhone(typed: string): boolean {
  const n = normalizePhone(typed);
  return MOBILE.test(n) || LANDLINE.test(n);
}
