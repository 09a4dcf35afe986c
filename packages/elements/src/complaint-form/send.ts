import { type ComplaintRecord, TRACKING_PREFIXES, validateTrackingNumber } from '@manyi/core';
import { ComplaintSendError } from './send-error.js';

export { ComplaintSendError, type SendFailure } from './send-error.js';

// A kiosk on a bad line must not hang on "sending…" for ever: after this the visitor may retry.
const TIMEOUT_MS = 20_000;

/** A field of a JSON object the collector answered with, when it is a string. */
function stringAt(body: unknown, ...path: string[]): string | undefined {
  let value = body;
  for (const key of path) value = typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined;
  return typeof value === 'string' ? value : undefined;
}

/**
 * Sends the complaint to the collector's public web channel (`POST /api/v1/public/complaints`) and
 * returns the tracking number it answers with (`201 {"trackingNo"}`, or `200` with the same number
 * when this id was filed before — so a retry after a lost answer is safe). The collector makes the
 * number itself and refuses one in the body, so the device-made one is left out.
 */
export async function postComplaint(endpoint: string, record: ComplaintRecord): Promise<string> {
  const { trackingNo: _madeOnDevice, ...filed } = record;
  let response: Response;
  try {
    response = await fetch(endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify(filed),
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
  } catch (error) {
    throw new ComplaintSendError('offline', `could not reach ${endpoint}`, { cause: error });
  }
  const body: unknown = await response.json().catch(() => undefined);
  if (!response.ok) {
    // The collector's `{"error": {"code", "message"}}`, for the integrator (the visitor gets our words).
    const detail = [stringAt(body, 'error', 'code'), stringAt(body, 'error', 'message')].filter(Boolean).join(': ') || response.statusText;
    throw new ComplaintSendError('refused', `${endpoint} answered ${response.status} ${detail}`);
  }
  const answered = stringAt(body, 'trackingNo') ?? '';
  const check = validateTrackingNumber(answered, { prefixes: [TRACKING_PREFIXES.complaint] });
  // Without a number the citizen could never follow the complaint up; sending again (same id) asks for it.
  if (!check.valid)
    throw new ComplaintSendError('refused', `${endpoint} answered ${response.status} without a valid trackingNo (${check.message})`);
  return check.number;
}
