import {
  ComplaintRecordSchema,
  complaintSecret,
  describeIssues,
  makeTrackingNumber,
  RatingRecordSchema,
  TRACKING_PREFIXES,
} from '@manyi/core';
import { HttpResponse, http } from 'msw';
import commitments from '../../data/commitments.json';
import budongchan from '../../data/service-item-budongchan-zhuanyi.json';
import geti from '../../data/service-item-geti-sheli.json';
import hukou from '../../data/service-item-hukou-qianyi.json';
import shenfenzheng from '../../data/service-item-shenfenzheng-huanling.json';

/** The one service the demo's rating token stands for. */
const DEMO_SERVICE = { stationId: 'demo', windowId: 'w01', staffId: 's01', serviceItemId: 'geti-sheli', ticket: 'DEMO-0001' };

const serviceItems = new Map([budongchan, geti, hukou, shenfenzheng].map((item) => [item.id, item]));

/** The collector's error shape, so the elements show the same messages as against a real one. */
const refuse = (status: number, code: string, message: string) => HttpResponse.json({ error: { code, message } }, { status });

/**
 * The collector's public web channel, answered in the browser: the same paths, status codes and
 * bodies, with the shared schemas checking what the elements send. Nothing is stored beyond the tab.
 */
export function demoCollector() {
  const complaints = new Map<string, string>(); // record id → tracking number, so a retry gets the same number
  const filed = new Map<string, string>(); // tracking number → its secret
  let sequence = 0;

  return [
    http.post('*/api/v1/public/ratings', async ({ request }) => {
      const { ratingToken, ...answer } = ((await request.json().catch(() => undefined)) ?? {}) as { ratingToken?: unknown };
      // The real collector takes the service (station, window, staff, ticket) from the token; the demo has one service.
      if (typeof ratingToken !== 'string' || ratingToken === '')
        return refuse(400, 'invalid-rating', 'ratingToken: a rating needs the token of the service rated');
      const rating = RatingRecordSchema.safeParse({ ...DEMO_SERVICE, createdAt: new Date().toISOString(), ...answer, kind: 'rating' });
      if (!rating.success) return refuse(400, 'invalid-rating', describeIssues(rating.error.issues));
      return HttpResponse.json({ id: rating.data.id, status: 'accepted' }, { status: 201 });
    }),
    http.post('*/api/v1/public/complaints', async ({ request }) => {
      const body = await request.json().catch(() => undefined);
      // The collector makes the number; the record is checked as the collector would before it does.
      const candidate = {
        ...(body as object),
        trackingNo: makeTrackingNumber({ prefix: TRACKING_PREFIXES.complaint, date: new Date(), node: 0, seq: 0 }),
      };
      const complaint = ComplaintRecordSchema.safeParse(candidate);
      if (!complaint.success) return refuse(400, 'invalid-complaint', describeIssues(complaint.error.issues));
      const known = complaints.get(complaint.data.id);
      if (known) return HttpResponse.json({ trackingNo: known, secret: complaintSecret(complaint.data.id) }, { status: 200 });
      const trackingNo = makeTrackingNumber({ prefix: TRACKING_PREFIXES.complaint, date: new Date(), node: 0, seq: ++sequence });
      complaints.set(complaint.data.id, trackingNo);
      const secret = complaintSecret(complaint.data.id);
      filed.set(trackingNo, secret);
      return HttpResponse.json({ trackingNo, secret }, { status: 201 });
    }),
    http.get('*/api/v1/public/complaints/:trackingNo', ({ params, request }) => {
      const trackingNo = String(params.trackingNo);
      // As the collector: a wrong or missing secret is answered as an unknown number.
      const secret = new URL(request.url).searchParams.get('secret') ?? '';
      if (filed.get(trackingNo) !== secret.toUpperCase())
        return refuse(404, 'not-found', `no complaint with tracking number ${trackingNo}`);
      return HttpResponse.json({ trackingNo, status: 'received' });
    }),
    // The demo hall's published commitments and service guides, as a portal would publish them.
    http.get('*/api/v1/demo/commitments', () => HttpResponse.json(commitments)),
    http.get('*/api/v1/demo/service-items/:id', ({ params }) => {
      const item = serviceItems.get(String(params.id));
      return item ? HttpResponse.json(item) : refuse(404, 'not-found', `no service item ${String(params.id)}`);
    }),
  ];
}
