/**
 * Phone numbers as every answer shows them by default: `138****0017`, enough to tell two callers
 * apart on the phone, never enough to call one. The whole number is one explicit, audited read
 * (`GET /api/v1/admin/complaints/{trackingNo}/contact`), never a side effect of opening a list.
 */

/** `13800000017` → `138****0017`; a short number keeps only its last two digits. */
export function maskPhone(phone: string): string {
  const digits = phone.trim();
  if (digits.length >= 8) return `${digits.slice(0, 3)}****${digits.slice(-4)}`;
  return `${'*'.repeat(Math.max(digits.length - 2, 2))}${digits.slice(-2)}`;
}

/** A complaint (or its detail) with the contact's phone masked; the rest untouched. */
export function withMaskedContact<T extends { contact: { name: string | null; phone: string } | null }>(complaint: T): T {
  if (complaint.contact === null) return complaint;
  return { ...complaint, contact: { ...complaint.contact, phone: maskPhone(complaint.contact.phone) } };
}
