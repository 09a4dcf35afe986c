import type { RatingRecord } from '@manyi/core';

/**
 * Sends a rating from `manyi-rating-pad` to the collector's public web channel. The pad shows its
 * thank-you only when this resolves and keeps the visitor's answer on screen when it rejects, so a
 * refusal rejects with the collector's own words.
 */
export async function postRating(record: RatingRecord, endpoint = '/api/v1/public/ratings'): Promise<void> {
  // The service's token (from its QR code or `ratingUrl`) says what is rated; the body carries only the answer.
  const ratingToken = new URLSearchParams(location.search).get('ratingToken') ?? '';
  const { id, scale, answer, level, reasons, comment } = record;
  const response = await fetch(endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ ratingToken, id, channel: 'qr', scale, answer, level, reasons, comment }),
  });
  if (response.ok) return;
  const body = (await response.json().catch(() => undefined)) as { error?: { message?: string } } | undefined;
  throw new Error(`${endpoint} answered ${response.status}: ${body?.error?.message ?? response.statusText}`);
}
