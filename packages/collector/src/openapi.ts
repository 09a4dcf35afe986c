/**
 * Every route the collector serves, for `GET /api/v1/openapi.json`. A route added to the app and
 * not listed here fails openapi.test.ts. Bodies and answers are named schemas from
 * openapi/components.ts; the document itself is put together in openapi/document.ts.
 */
import {
  BatchResponseSchema,
  DeviceConfigSchema,
  EnrollRequestSchema,
  EnrollResponseSchema,
  StationPatchSchema,
  StationSchema,
  StatsQuerySchema,
} from '@manyi/core';
import {
  BatchRequestDocSchema,
  CATALOGUE_DOC,
  EnrollmentCodeSchema,
  HealthSchema,
  StationWithCatalogueSchema,
  StatsAnswerSchema,
} from './openapi/components.js';
import { type ApiOperation, openApiDocument } from './openapi/document.js';
import { LEDGER_OPERATIONS } from './openapi/ledger-operations.js';
import { REGION_OPERATIONS } from './openapi/region-operations.js';
import { NewStationSchema } from './routes/admin-stations.js';
import {
  AdminComplaintListSchema,
  ComplaintAssignRequestSchema,
  ComplaintListQuerySchema,
  ComplaintReplyRequestSchema,
  DeviceListSchema,
  DeviceStatusSchema,
  ExportQuerySchema,
} from './schemas/admin.js';
import { AdminComplaintDetailSchema } from './schemas/ledger.js';
import {
  PublicComplaintFiledSchema,
  PublicComplaintRequestSchema,
  PublicComplaintStatusSchema,
  PublicRatingAnswerSchema,
  PublicRatingRequestSchema,
  StationResultsQuerySchema,
  StationResultsSchema,
} from './schemas/public.js';

const SYSTEM: ApiOperation[] = [
  {
    id: 'health',
    method: 'get',
    path: '/healthz',
    tag: 'system',
    auth: 'none',
    summary: 'Health: 200 once the database answers',
    responses: [{ status: 200, description: 'The collector and its database are up.', schema: HealthSchema }],
  },
  {
    id: 'ready',
    method: 'get',
    path: '/readyz',
    tag: 'system',
    auth: 'none',
    summary: 'Readiness: 200 once the database takes a write',
    description:
      'Writes one row of the settings table; a full disk, a read-only database or one that does not answer within 3 s answers 503.',
    responses: [
      { status: 200, description: 'Ready: `{"status":"ready"}`.', contentType: 'application/json' },
      { status: 503, description: 'Not ready: `{"status":"not-ready","reason":"…"}`.', contentType: 'application/json' },
    ],
  },
  {
    id: 'metrics',
    method: 'get',
    path: '/metrics',
    tag: 'system',
    auth: 'metrics',
    summary: 'Prometheus metrics (text exposition format)',
    description:
      'Records ingested by kind and outcome, batch latency, HTTP requests by route and status, database connections, and ' +
      'process figures. Not meant for the public: MANYI_METRICS_TOKEN, sent as a bearer token, opens it; without a token it ' +
      'answers 401 unless MANYI_METRICS_PUBLIC=true (then keep /metrics off any public proxy).',
    responses: [{ status: 200, description: 'Prometheus text format 0.0.4.', contentType: 'text/plain; version=0.0.4' }],
  },
  {
    id: 'openapi',
    method: 'get',
    path: '/api/v1/openapi.json',
    tag: 'system',
    auth: 'none',
    summary: 'This document (OpenAPI 3.1)',
    responses: [{ status: 200, description: 'The OpenAPI document, generated from the shared schemas.', contentType: 'application/json' }],
  },
];

const DEVICES: ApiOperation[] = [
  {
    id: 'enrollDevice',
    method: 'post',
    path: '/api/v1/devices/enroll',
    tag: 'devices',
    auth: 'none',
    summary: 'Enrol a tablet with a single-use code',
    body: EnrollRequestSchema,
    responses: [{ status: 201, description: 'Enrolled: the device id and its token.', schema: EnrollResponseSchema }],
    errors: { 401: 'The code is unknown, already used or expired.' },
  },
  {
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
  },
  {
    id: 'uploadBatch',
    method: 'post',
    path: '/api/v1/records/batch',
    tag: 'records',
    auth: 'device',
    summary: 'Upload up to 500 records, idempotently by record id',
    description:
      'Each record is validated and stored on its own terms: `accepted` when new, `duplicate` when the same record is ' +
      'stored already (nothing changes), `rejected` with an error otherwise. Times are corrected for the device clock ' +
      'using `sentAt`. All accepted records of a batch are stored in one transaction.',
    body: BatchRequestDocSchema,
    responses: [{ status: 200, description: 'One result per record, in request order.', schema: BatchResponseSchema }],
    errors: { 403: '`deviceId` is not the device the token was issued to.' },
  },
];

const STATIONS: ApiOperation[] = [
  {
    id: 'createStation',
    method: 'post',
    path: '/api/v1/admin/stations',
    tag: 'stations',
    auth: 'admin',
    summary: 'Create a station, optionally with its catalogue',
    body: NewStationSchema,
    responses: [{ status: 201, description: 'Created; `Location` names it.', schema: StationWithCatalogueSchema }],
    errors: { 409: 'A station with this id exists already.' },
  },
  {
    id: 'getStation',
    method: 'get',
    path: '/api/v1/admin/stations/:stationId',
    tag: 'stations',
    auth: 'admin',
    summary: 'A station with its catalogue',
    responses: [{ status: 200, description: 'The station.', schema: StationWithCatalogueSchema }],
    errors: { 404: 'No such station.' },
  },
  {
    id: 'updateStation',
    method: 'patch',
    path: '/api/v1/admin/stations/:stationId',
    tag: 'stations',
    auth: 'admin',
    summary: "Change a station's settings; kiosks pick them up on their next config refresh",
    body: StationPatchSchema,
    responses: [{ status: 200, description: 'The station as it is now.', schema: StationSchema }],
    errors: { 404: 'No such station.' },
  },
  {
    id: 'deleteStation',
    method: 'delete',
    path: '/api/v1/admin/stations/:stationId',
    tag: 'stations',
    auth: 'admin',
    summary: 'Delete a station made by mistake, with its catalogue',
    description: 'Only a station that never had a record or an enrolled tablet; any other is kept for its history.',
    responses: [{ status: 204, description: 'Deleted.' }],
    errors: { 404: 'No such station.', 409: 'It has records or enrolled tablets.' },
  },
  {
    id: 'issueEnrollmentCode',
    method: 'post',
    path: '/api/v1/admin/stations/:stationId/enrollment-codes',
    tag: 'stations',
    auth: 'admin',
    summary: 'Issue a single-use enrollment code (24 h)',
    responses: [{ status: 201, description: 'The code, shown this once.', schema: EnrollmentCodeSchema }],
    errors: { 404: 'No such station.' },
  },
  {
    id: 'stats',
    method: 'get',
    path: '/api/v1/admin/stats',
    tag: 'figures',
    auth: 'admin',
    summary: 'Rating counts per national level, good-review rate and bad reviews, overall and per group',
    description:
      'Either `station` or `region` (every station within it and the regions below it, grouped at most by station, day or hour). A `from`/`to` date is a local calendar day of the station; `to` includes its whole day. Misuse is left out.',
    query: StatsQuerySchema,
    responses: [{ status: 200, description: 'The figures.', schema: StatsAnswerSchema }],
    errors: { 404: 'No such station or region.' },
  },
];

/** List, read, put and delete for each catalogue collection (windows, staff, service items, commitments). */
const CATALOGUE: ApiOperation[] = CATALOGUE_DOC.flatMap(({ collection, name, entry, put, list }): ApiOperation[] => {
  const collectionPath = `/api/v1/admin/stations/:stationId/${collection.path}`;
  const entryPath = `${collectionPath}/:id`;
  const base = { tag: 'catalogue', auth: 'admin' } as const;
  const noun = collection.path.replace('-', ' ');
  return [
    {
      ...base,
      id: `list${name}s`,
      method: 'get',
      path: collectionPath,
      summary: `The station's ${noun}, ordered by id`,
      responses: [{ status: 200, description: 'Every entry.', schema: list }],
      errors: { 404: 'No such station.' },
    },
    {
      ...base,
      id: `get${name}`,
      method: 'get',
      path: entryPath,
      summary: `One of the station's ${noun}`,
      responses: [{ status: 200, description: 'The entry.', schema: entry }],
      errors: { 404: 'No such station or entry.' },
    },
    {
      ...base,
      id: `put${name}`,
      method: 'put',
      path: entryPath,
      summary: `Create or replace one of the station's ${noun}`,
      description: 'References to other entries (a window, a service item) must exist at the station.',
      body: put,
      responses: [
        { status: 201, description: 'Created.', schema: entry },
        { status: 200, description: 'Replaced.', schema: entry },
      ],
      errors: { 404: 'No such station.' },
    },
    {
      ...base,
      id: `delete${name}`,
      method: 'delete',
      path: entryPath,
      summary: `Delete one of the station's ${noun}; references to it read as unset`,
      responses: [{ status: 204, description: 'Deleted.' }],
      errors: { 404: 'No such station or entry.' },
    },
  ];
});

const RATE_LIMITED = 'Too many requests from this address; `Retry-After` says when to try again.';

/** The public web channel: no sign-in, any origin (CORS), rate-limited per client address. */
const PUBLIC: ApiOperation[] = [
  {
    id: 'fileComplaint',
    method: 'post',
    path: '/api/v1/public/complaints',
    tag: 'public',
    auth: 'none',
    summary: 'File a complaint from a portal or a QR code',
    description:
      'Contact details are kept only with `wantsReply` and `consent`. Sending the same `id` again returns the same tracking number.',
    body: PublicComplaintRequestSchema,
    responses: [
      { status: 201, description: 'Filed.', schema: PublicComplaintFiledSchema },
      { status: 200, description: 'Filed before with this `id`: the same tracking number.', schema: PublicComplaintFiledSchema },
    ],
    errors: { 404: 'No such station.', 409: 'This `id` was used for other content.', 429: RATE_LIMITED },
  },
  {
    id: 'complaintStatus',
    method: 'get',
    path: '/api/v1/public/complaints/:trackingNo',
    tag: 'public',
    auth: 'none',
    summary: 'Follow a complaint by its tracking number',
    responses: [{ status: 200, description: 'Status and public reply, never personal data.', schema: PublicComplaintStatusSchema }],
    errors: { 400: 'Not a valid tracking number (its check character does not match).', 404: 'No such complaint.', 429: RATE_LIMITED },
  },
  {
    id: 'stationResults',
    method: 'get',
    path: '/api/v1/public/stations/:stationId/results',
    tag: 'public',
    auth: 'none',
    summary: 'A station’s published results for a month (公示)',
    query: StationResultsQuerySchema,
    responses: [{ status: 200, description: 'The month’s figures overall and per window.', schema: StationResultsSchema }],
    errors: { 404: 'No such station.', 429: RATE_LIMITED },
  },
  {
    id: 'submitRating',
    method: 'post',
    path: '/api/v1/public/ratings',
    tag: 'public',
    auth: 'none',
    summary: 'Rate a service from a portal or a ticket’s QR code (late rating)',
    body: PublicRatingRequestSchema,
    responses: [
      { status: 201, description: 'Accepted.', schema: PublicRatingAnswerSchema },
      { status: 200, description: 'Stored before with the same content.', schema: PublicRatingAnswerSchema },
    ],
    errors: { 404: 'No such station.', 409: 'This `id` was used for other content.', 429: RATE_LIMITED },
  },
];

/** Complaint handling, devices and exports for a station's managers (admin token). */
const HANDLING: ApiOperation[] = [
  {
    id: 'listComplaints',
    method: 'get',
    path: '/api/v1/admin/complaints',
    tag: 'complaints',
    auth: 'admin',
    summary: 'Complaints, newest first',
    query: ComplaintListQuerySchema,
    responses: [{ status: 200, description: 'The complaints.', schema: AdminComplaintListSchema }],
  },
  {
    id: 'getComplaint',
    method: 'get',
    path: '/api/v1/admin/complaints/:trackingNo',
    tag: 'complaints',
    auth: 'admin',
    summary: 'One complaint with its handling, history, reply deadline and whether it is overdue',
    responses: [{ status: 200, description: 'The complaint.', schema: AdminComplaintDetailSchema }],
    errors: { 400: 'Not a valid tracking number.', 404: 'No such complaint.' },
  },
  {
    id: 'replyToComplaint',
    method: 'post',
    path: '/api/v1/admin/complaints/:trackingNo/reply',
    tag: 'complaints',
    auth: 'admin',
    summary: 'Give the public reply, and optionally close the complaint',
    body: ComplaintReplyRequestSchema,
    responses: [{ status: 200, description: 'The complaint as it is now.', schema: AdminComplaintDetailSchema }],
    errors: { 404: 'No such complaint.', 409: 'The complaint is closed, or someone changed it just now.' },
  },
  {
    id: 'assignComplaint',
    method: 'post',
    path: '/api/v1/admin/complaints/:trackingNo/assign',
    tag: 'complaints',
    auth: 'admin',
    summary: 'Hand the complaint to the person who owns it from now on (首问负责制)',
    body: ComplaintAssignRequestSchema,
    responses: [{ status: 200, description: 'The complaint as it is now.', schema: AdminComplaintDetailSchema }],
    errors: { 404: 'No such complaint.', 409: 'The complaint is closed, or someone changed it just now.' },
  },
  {
    id: 'listDevices',
    method: 'get',
    path: '/api/v1/admin/stations/:stationId/devices',
    tag: 'devices',
    auth: 'admin',
    summary: 'A station’s enrolled tablets: last contact and what waits on them',
    responses: [{ status: 200, description: 'Oldest enrolment first.', schema: DeviceListSchema }],
    errors: { 404: 'No such station.' },
  },
  {
    id: 'revokeDevice',
    method: 'post',
    path: '/api/v1/admin/devices/:deviceId/revoke',
    tag: 'devices',
    auth: 'admin',
    summary: 'Revoke a tablet: its token gets 401 from now on; what it uploaded stays',
    responses: [{ status: 200, description: 'The device, revoked.', schema: DeviceStatusSchema }],
    errors: { 404: 'No such device.' },
  },
  {
    id: 'exportCsv',
    method: 'get',
    path: '/api/v1/admin/export.csv',
    tag: 'figures',
    auth: 'admin',
    summary: 'A station’s ratings or complaints as CSV',
    description: 'Complaint contact details only with `includePersonal=true`; such an export is logged (who and what, never the data).',
    query: ExportQuerySchema,
    responses: [{ status: 200, description: 'CSV (UTF-8), as an attachment.', contentType: 'text/csv; charset=utf-8' }],
    errors: { 404: 'No such station.' },
  },
];

export const API_OPERATIONS: readonly ApiOperation[] = [
  ...SYSTEM,
  ...DEVICES,
  ...STATIONS,
  ...REGION_OPERATIONS,
  ...CATALOGUE,
  ...PUBLIC,
  ...HANDLING,
  ...LEDGER_OPERATIONS,
];

let document: ReturnType<typeof openApiDocument> | undefined;

/** The document, built on first use (it is the same for every request). */
export function apiDocument(): ReturnType<typeof openApiDocument> {
  document ??= openApiDocument(API_OPERATIONS);
  return document;
}
