/**
 * Every route the collector serves, in the order hono tries them; `GET /api/v1/openapi.json` is
 * made from this same table (openapi/document.ts), so a route cannot be served undocumented.
 */
import { op, type Route } from '../http/route.js';
import { openApiDocument } from '../openapi/document.js';
import { AUDIT_ROUTES } from './admin-audit.js';
import { CASE_ROUTES } from './admin-cases.js';
import { CATALOGUE_ROUTES } from './admin-catalogue.js';
import { COMPLAINT_FIGURE_ROUTES } from './admin-complaint-figures.js';
import { COMPLAINT_FINDING_ROUTES } from './admin-complaint-findings.js';
import { COMPLAINT_ROUTES } from './admin-complaints.js';
import { CONTACT_ROUTES } from './admin-contacts.js';
import { EXPORT_ROUTES } from './admin-export.js';
import { INTAKE_ROUTES } from './admin-intake.js';
import { LATE_ROUTES } from './admin-late.js';
import { MISUSE_ROUTES } from './admin-misuse.js';
import { NOTICE_ROUTES } from './admin-notices.js';
import { REGION_ROUTES } from './admin-regions.js';
import { STANDING_ROUTES } from './admin-standing.js';
import { STATION_ROUTES } from './admin-stations.js';
import { ACCOUNT_ROUTES } from './admin-users.js';
import { AUTH_ROUTES } from './auth.js';
import { OIDC_ROUTES } from './auth-oidc.js';
import { TOTP_ROUTES } from './auth-totp.js';
import { DEVICE_ROUTES } from './devices.js';
import { PUBLIC_ROUTES } from './public.js';
import { SERVICE_EVENT_ROUTES } from './service-events.js';
import { SYSTEM_ROUTES } from './system.js';

const OPENAPI_ROUTE = op({
  id: 'openapi',
  method: 'get',
  path: '/api/v1/openapi.json',
  tag: 'system',
  auth: 'public',
  summary: 'This document (OpenAPI 3.1)',
  responses: [{ status: 200, description: 'The OpenAPI document, generated from the shared schemas.', contentType: 'application/json' }],
  handle: (_, c) => c.json(apiDocument()),
});

export const API_OPERATIONS: readonly Route[] = [
  ...SYSTEM_ROUTES,
  OPENAPI_ROUTE,
  ...AUTH_ROUTES,
  ...DEVICE_ROUTES,
  ...PUBLIC_ROUTES,
  ...REGION_ROUTES,
  ...STATION_ROUTES,
  ...CATALOGUE_ROUTES,
  ...STANDING_ROUTES,
  ...COMPLAINT_ROUTES,
  ...CASE_ROUTES,
  ...NOTICE_ROUTES,
  ...MISUSE_ROUTES,
  ...LATE_ROUTES,
  ...EXPORT_ROUTES,
  ...ACCOUNT_ROUTES,
  ...AUDIT_ROUTES,
  ...CONTACT_ROUTES,
  ...OIDC_ROUTES,
  ...TOTP_ROUTES,
  ...COMPLAINT_FINDING_ROUTES,
  ...INTAKE_ROUTES,
  ...COMPLAINT_FIGURE_ROUTES,
  ...SERVICE_EVENT_ROUTES,
];

let document: ReturnType<typeof openApiDocument> | undefined;

/** The document, built on first use (it is the same for every request). */
export function apiDocument(): ReturnType<typeof openApiDocument> {
  document ??= openApiDocument(API_OPERATIONS);
  return document;
}
