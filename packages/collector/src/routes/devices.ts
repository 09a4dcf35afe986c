import { BatchResponseSchema, DeviceConfigSchema, EnrollRequestSchema, EnrollResponseSchema } from '@manyi/core';
import { deviceConfig } from '../device-config.js';
import { enrollDevice } from '../enrollment.js';
import { ApiError } from '../errors.js';
import { noteAudit } from '../http/audit-trail.js';
import { MANAGE_STATION, READ_STATION } from '../http/roles.js';
import { op } from '../http/route.js';
import { ingestBatch, recordKinds } from '../ingest.js';
import { BatchRequestDocSchema } from '../openapi/components.js';
import { DeviceListSchema, DeviceStatusSchema } from '../schemas/admin.js';
import type { Device, Store } from '../store/store.js';
import { existingStationParam } from './params.js';

/** Judges a batch body and starts storing it: the answer to come, and each record's kind. */
const startIngest = (store: Store, device: Device, body: unknown) => ({
  answered: ingestBatch(store, device, body),
  kinds: recordKinds(body),
});

/** Enrolment, a kiosk's configuration and record uploads (device token), and the admin's view of the tablets. */
export const DEVICE_ROUTES = [
  op({
    id: 'enrollDevice',
    method: 'post',
    path: '/api/v1/devices/enroll',
    limit: 'enroll',
    tag: 'devices',
    auth: 'public',
    summary: 'Enrol a tablet with a single-use code',
    body: { schema: EnrollRequestSchema, code: 'invalid-enrollment' },
    responses: [{ status: 201, description: 'Enrolled: the device id and its token.', schema: EnrollResponseSchema }],
    errors: { 401: 'The code is unknown, already used or expired.' },
    handle: async ({ store, metrics, body }, c) => {
      const enrolled = await enrollDevice(store, await body()).catch(metrics.refusedBy('enrollment-code'));
      noteAudit(c, { target: `device:${enrolled.deviceId}`, stationId: enrolled.stationId });
      return c.json(enrolled, 201);
    },
  }),
  op({
    id: 'deviceConfig',
    method: 'get',
    path: '/api/v1/devices/me/config',
    tag: 'devices',
    auth: 'device',
    summary: "The station's configuration for this kiosk",
    responses: [
      { status: 200, description: 'Settings and catalogue of the station the device is enrolled at.', schema: DeviceConfigSchema },
    ],
    errors: { 404: 'The station no longer exists.' },
    handle: async ({ store }, c) => c.json(await deviceConfig(store, c.get('device'))),
  }),
  op({
    id: 'uploadBatch',
    method: 'post',
    path: '/api/v1/records/batch',
    tag: 'records',
    auth: 'device',
    summary: 'Upload up to 500 records, idempotently by record id',
    unaudited: 'the records are the data itself, kept whole in the records table; auditing each batch would slow ingest',
    description:
      'Each record is validated and stored on its own terms: `accepted` when new, `duplicate` when the same record is ' +
      'stored already (nothing changes), `rejected` with an error otherwise. Times are corrected for the device clock ' +
      'using `sentAt`. All accepted records of a batch are stored in one transaction.',
    // Ingest judges the body record by record (one bad record rejects only itself), so it reads it unchecked.
    body: { schema: BatchRequestDocSchema, code: 'invalid-batch' },
    responses: [{ status: 200, description: 'One result per record, in request order.', schema: BatchResponseSchema }],
    errors: { 403: '`deviceId` is not the device the token was issued to.' },
    handle: async ({ store, metrics, json }, c) => {
      const started = performance.now();
      // Text no database can store rejects only the records holding it (ingest judges each). The
      // body is never a local here: it is let go of once its records are judged (only their kinds
      // are kept, for the metrics), not held while the batch waits for the database.
      const { kinds, answered } = startIngest(store, c.get('device'), await json({ allowBrokenText: true }));
      const results = await answered;
      metrics.batchAnswered(kinds, results, (performance.now() - started) / 1000);
      return c.json({ results });
    },
  }),
  op({
    id: 'listDevices',
    method: 'get',
    path: '/api/v1/admin/stations/:stationId/devices',
    tag: 'devices',
    auth: READ_STATION,
    summary: 'A station’s enrolled tablets: last contact and what waits on them',
    responses: [{ status: 200, description: 'Oldest enrolment first.', schema: DeviceListSchema }],
    errors: { 404: 'No such station.' },
    handle: async ({ store }, c) => c.json({ items: await store.devices.list(await existingStationParam(store, c)) }),
  }),
  op({
    id: 'revokeDevice',
    method: 'post',
    path: '/api/v1/admin/devices/:deviceId/revoke',
    tag: 'devices',
    auth: MANAGE_STATION,
    summary: 'Revoke a tablet: its token gets 401 from now on; what it uploaded stays',
    responses: [{ status: 200, description: 'The device, revoked.', schema: DeviceStatusSchema }],
    errors: { 404: 'No such device.' },
    handle: async ({ store, param }, c) => {
      const device = await store.devices.revoke(param('deviceId'), new Date().toISOString());
      if (!device) throw new ApiError(404, 'device-not-found', `no device "${param('deviceId')}"`);
      noteAudit(c, { stationId: device.stationId });
      return c.json(device);
    },
  }),
];
