import { CurrentServiceEventSchema } from '@manyi/core';
import * as z from 'zod/mini';
import { noteAudit } from '../http/audit-trail.js';
import { FOLLOW_AT_WINDOW, SERVE_AT_WINDOW } from '../http/roles.js';
import { op } from '../http/route.js';
import { ServiceEventStartedSchema, ServiceEventStatusSchema, StartServiceEventSchema } from '../schemas/service-events.js';
import { currentEventAtWindow, serviceEventStatus, startServiceEvent } from '../service-events.js';

const WindowQuerySchema = z.object({ windowId: z.string().check(z.minLength(1), z.maxLength(64)) });

/** Service events: a clerk starts one per person served; the window's tablet offers the pad for it. */
export const SERVICE_EVENT_ROUTES = [
  op({
    id: 'startServiceEvent',
    method: 'post',
    path: '/api/v1/stations/:stationId/service-events',
    tag: 'service events',
    auth: SERVE_AT_WINDOW,
    summary: 'Start a service event at a window: the tablet there then offers the pad for it',
    description:
      'One rating per event, from any channel: a second one is answered as a duplicate and counts nowhere. ' +
      '`ratingToken` rates the event once through `POST /api/v1/public/ratings` until it expires; `ratingUrl` is a page for it.',
    body: { schema: StartServiceEventSchema, code: 'invalid-service-event' },
    responses: [{ status: 201, description: 'Started.', schema: ServiceEventStartedSchema }],
    errors: { 404: 'No such station.' },
    handle: async ({ store, param, body }, c) => {
      const started = await startServiceEvent(store, param('stationId'), await body(), c.get('actor'), new URL(c.req.url).origin);
      noteAudit(c, { target: `service-event:${started.eventId}`, stationId: param('stationId') });
      return c.json(started, 201);
    },
  }),
  op({
    id: 'serviceEventStatus',
    method: 'get',
    path: '/api/v1/stations/:stationId/service-events/:eventId',
    tag: 'service events',
    auth: FOLLOW_AT_WINDOW,
    summary: 'A service event and its rating, once one arrived',
    responses: [{ status: 200, description: 'The event; `rating` is null until it is rated.', schema: ServiceEventStatusSchema }],
    errors: { 404: 'No such service event at this station.' },
    handle: async ({ store, param }, c) => c.json(await serviceEventStatus(store, param('stationId'), param('eventId'))),
  }),
  op({
    id: 'currentServiceEvent',
    method: 'get',
    path: '/api/v1/devices/me/service-event',
    tag: 'devices',
    auth: 'device',
    summary: 'The service event this tablet’s window is serving, while unrated',
    query: { schema: WindowQuerySchema, code: 'invalid-query' },
    responses: [{ status: 200, description: '`event` is null when the window serves nobody rateable.', schema: CurrentServiceEventSchema }],
    handle: async ({ store, query }, c) =>
      c.json({ event: await currentEventAtWindow(store, c.get('device').stationId, query().windowId) }),
  }),
];
