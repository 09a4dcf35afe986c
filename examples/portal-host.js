// Host-page code shared by the static portal pages: what an integrator writes around the elements.

/**
 * The rating token of the service being rated, from the page's address (`?ratingToken=…`): the
 * collector's `ratingUrl` and the QR code on a receipt carry it. Without one the collector refuses
 * the rating, and the pad keeps the visitor's answer on screen with its words.
 */
export const ratingToken = () => new URLSearchParams(location.search).get('ratingToken') ?? '';

/**
 * What the collector's public channel takes: the visitor's answer and the token. The token, not
 * the page, says which station, window, staff member, service item and ticket are rated.
 * @param {object} record the pad's rating record
 * @param {string} token the service event's rating token
 */
export function ratingBody(record, token) {
  const { id, scale, answer, level, reasons, comment } = record;
  return { ratingToken: token, id, channel: 'qr', scale, answer, level, reasons, comment };
}

/**
 * Sends a rating from `manyi-rating-pad` to the collector's public web channel. The pad shows its
 * thank-you only when this resolves and keeps the visitor's answer on screen when it rejects, so a
 * refusal must reject with the collector's own words.
 * @param {object} record the pad's rating record
 * @param {string} [endpoint] where the collector's public channel takes ratings
 */
export async function postRating(record, endpoint = '/api/v1/public/ratings') {
  const response = await fetch(endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify(ratingBody(record, ratingToken())),
  });
  if (response.ok) return;
  const body = await response.json().catch(() => undefined);
  throw new Error(`${endpoint} answered ${response.status}: ${body?.error?.message ?? response.statusText}`);
}

/** One line a person can read for each event the elements send. */
function describe(event) {
  const detail = event.detail ?? {};
  switch (event.type) {
    case 'manyi-rated':
      return `level ${detail.record?.level} (${detail.record?.face ?? ''}) id ${detail.record?.id}`;
    case 'manyi-complaint-submitted':
      return `trackingNo ${detail.trackingNo}`;
    case 'manyi-commitments-loaded':
      return `${detail.count} commitments`;
    case 'manyi-self-check-change':
      return `still missing: ${(detail.missing ?? []).map((m) => m.name ?? m).join('、') || 'nothing'}`;
    case 'manyi-results-loaded':
      return `${detail.stationId} ${detail.month}: ${detail.total} ratings`;
    case 'manyi-error':
      return String(detail.error?.message ?? detail.error);
    default:
      return '';
  }
}

/**
 * Shows the last event that reached the host page in `output` (and in the console), so a reader
 * sees what their own code would receive.
 * @param {Element} element a Manyi element
 * @param {HTMLOutputElement} output where the last event is shown
 * @param {string[]} types the element's event names
 */
export function showEvents(element, output, types) {
  for (const type of types) {
    element.addEventListener(type, (event) => {
      const line = `${type}: ${describe(event)}`;
      output.value = line;
      output.dataset.event = type;
      console.info(`[${element.localName}] ${line}`, event.detail);
    });
  }
}
