import { createdOrRepeated, op } from '../http/route.js';
import { fileWebComplaint, publicComplaintStatus } from '../public-complaints.js';
import {
  ComplaintStatusQuerySchema,
  type PublicComplaintFiled,
  PublicComplaintFiledSchema,
  PublicComplaintRequestSchema,
  PublicComplaintStatusSchema,
  PublicRatingAnswerSchema,
  PublicRatingRequestSchema,
  StationResultsQuerySchema,
  StationResultsSchema,
} from '../schemas/public.js';
import { stationMonthlyResults } from '../station-results.js';
import { submitWebRating } from '../web-ratings.js';

const base = { tag: 'public', auth: 'public' } as const;
const RATE_LIMITED = 'Too many requests from this address; `Retry-After` says when to try again.';

/**
 * The public web channel, no sign-in: portals and the QR code on a ticket file complaints and
 * ratings, citizens follow their complaint by tracking number, and anyone reads a hall's published
 * monthly results. Any origin may call it (no cookies are involved) except ratings, which only
 * the collector's own pages post (app.ts); each route draws on a rate limit per client address.
 */
export const PUBLIC_ROUTES = [
  op({
    ...base,
    id: 'fileComplaint',
    method: 'post',
    path: '/api/v1/public/complaints',
    limit: 'complaints',
    summary: 'File a complaint from a portal or a QR code',
    unaudited: 'a citizen’s complaint is the data itself, kept with its own history',
    description:
      'Contact details are kept only with `wantsReply` and `consent`. Sending the same `id` again returns the same tracking number.',
    // fileWebComplaint checks the body itself: a `trackingNo` in it gets its own message.
    body: { schema: PublicComplaintRequestSchema, code: 'invalid-complaint' },
    responses: createdOrRepeated(PublicComplaintFiledSchema, 'Filed.', 'Filed before with this `id`: the same tracking number.'),
    errors: { 404: 'No such station.', 409: 'This `id` was used for other content.', 429: RATE_LIMITED },
    handle: async ({ store, json }, c) => {
      const { trackingNo, secret, created } = await fileWebComplaint(store, await json());
      return c.json<PublicComplaintFiled>({ trackingNo, secret }, created ? 201 : 200);
    },
  }),
  op({
    ...base,
    id: 'complaintStatus',
    method: 'get',
    path: '/api/v1/public/complaints/:trackingNo',
    limit: 'reads',
    summary: 'Follow a complaint by its tracking number and the secret shown with it',
    query: { schema: ComplaintStatusQuerySchema, code: 'invalid-query' },
    responses: [{ status: 200, description: 'Status and public reply, never personal data.', schema: PublicComplaintStatusSchema }],
    errors: {
      400: 'Not a valid tracking number (its check character does not match).',
      404: 'No such complaint, or not this secret: both are answered alike.',
      429: RATE_LIMITED,
    },
    handle: async ({ store, param, query }, c) => c.json(await publicComplaintStatus(store, param('trackingNo'), query().secret)),
  }),
  op({
    ...base,
    id: 'stationResults',
    method: 'get',
    path: '/api/v1/public/stations/:stationId/results',
    limit: 'reads',
    summary: 'A station’s published results for a month (公示)',
    query: { schema: StationResultsQuerySchema, code: 'invalid-query' },
    responses: [{ status: 200, description: 'The month’s figures overall and per window.', schema: StationResultsSchema }],
    errors: { 404: 'No such station.', 429: RATE_LIMITED },
    handle: async ({ store, query, param }, c) => c.json(await stationMonthlyResults(store, param('stationId'), query().month)),
  }),
  op({
    ...base,
    id: 'submitRating',
    method: 'post',
    path: '/api/v1/public/ratings',
    limit: 'ratings',
    summary: 'Rate a service event with its token, from its QR code or a portal (late rating, 补充评价)',
    unaudited: 'a citizen’s rating is the data itself, kept in the records table',
    description:
      'The `ratingToken` of the service event (from `POST …/service-events`) decides station, window, staff, service item and ticket. ' +
      'A token rates once and expires; browsers of other origins may not call this route (no CORS).',
    body: { schema: PublicRatingRequestSchema, code: 'invalid-rating' },
    responses: createdOrRepeated(PublicRatingAnswerSchema, 'Accepted.', 'Stored before with the same content.'),
    errors: {
      403: 'The token is not valid: mistyped, altered, expired, or for no service event.',
      409: 'The service was rated already (a second rating counts nowhere), or this `id` was used for other content.',
      429: RATE_LIMITED,
    },
    handle: async ({ store, body }, c) => {
      const answer = await submitWebRating(store, await body());
      return c.json(answer, answer.status === 'accepted' ? 201 : 200);
    },
  }),
];
