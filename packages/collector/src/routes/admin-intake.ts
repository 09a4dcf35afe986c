import { StatsQuerySchema } from '@manyi/core';
import * as z from 'zod/mini';
import { noteAudit } from '../http/audit-trail.js';
import { KEY_IN_COMPLAINTS, READ_PERSONAL } from '../http/roles.js';
import { op } from '../http/route.js';
import {
  ConsultationListSchema,
  ConsultationRequestSchema,
  ConsultationSchema,
  StaffComplaintFiledSchema,
  StaffComplaintRequestSchema,
} from '../schemas/staff-intake.js';
import { keyInComplaint, logConsultation } from '../staff-intake.js';
import { periodOrLast30Days } from './params.js';

const ConsultationQuerySchema = z.object({ from: StatsQuerySchema.shape.from, to: StatsQuerySchema.shape.to });

/** Complaints and consultations keyed in by the station's staff (the dashboard and the clerk console). */
export const INTAKE_ROUTES = [
  op({
    id: 'keyInComplaint',
    tag: 'complaints',
    auth: KEY_IN_COMPLAINTS,
    method: 'post',
    path: '/api/v1/admin/stations/:stationId/complaints',
    summary: 'Key in a complaint from the box, phone (12345 transfers too), a letter, a visit or a symposium; provenance staff',
    body: { schema: StaffComplaintRequestSchema, code: 'invalid-complaint' },
    responses: [
      { status: 201, description: 'Filed, with its tracking number.', schema: StaffComplaintFiledSchema },
      { status: 200, description: 'The same id was keyed in before: its tracking number.', schema: StaffComplaintFiledSchema },
    ],
    errors: { 409: 'Another record has this id with other content.' },
    handle: async ({ store, body, param }, c) => {
      const filed = await keyInComplaint(store, param('stationId'), await body(), c.get('actor'));
      noteAudit(c, { target: filed.trackingNo, stationId: param('stationId') });
      return c.json(filed, filed.created ? 201 : 200);
    },
  }),
  op({
    id: 'logConsultation',
    tag: 'complaints',
    auth: KEY_IN_COMPLAINTS,
    method: 'post',
    path: '/api/v1/admin/stations/:stationId/consultations',
    summary: 'Log a consultation (咨询): kept apart, never counted as a complaint',
    body: { schema: ConsultationRequestSchema, code: 'invalid-consultation' },
    responses: [{ status: 201, description: 'Logged.', schema: ConsultationSchema }],
    errors: { 404: 'No such station.' },
    handle: async ({ store, body, param }, c) => {
      const logged = await logConsultation(store, param('stationId'), await body(), c.get('actor'));
      noteAudit(c, { target: logged.id, stationId: logged.stationId });
      return c.json(logged, 201);
    },
  }),
  op({
    id: 'listConsultations',
    tag: 'complaints',
    auth: READ_PERSONAL,
    personal: true,
    method: 'get',
    path: '/api/v1/admin/stations/:stationId/consultations',
    summary: 'Consultations received in the period, newest first (the last 30 days when left out)',
    query: { schema: ConsultationQuerySchema, code: 'invalid-query' },
    responses: [{ status: 200, description: 'The consultations.', schema: ConsultationListSchema }],
    handle: async ({ store, query, param }, c) => {
      const { from, to } = periodOrLast30Days(query());
      noteAudit(c, { stationId: param('stationId') });
      return c.json({ items: await store.consultations.list([param('stationId')], from, to) });
    },
  }),
];
