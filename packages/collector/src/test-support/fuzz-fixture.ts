/** A collector on a real database with a station, an enrolled device and a complaint, for the fuzz tests. */
import assert from 'node:assert/strict';
import type { Hono } from 'hono';
import { createApp } from '../app.js';
import { hashSecret } from '../credentials.js';
import { DEMO_STATION } from '../demo.js';
import { issueEnrollmentCode } from '../enrollment.js';
import type { AppEnv } from '../env.js';
import { isPersonRoute } from '../http/route.js';
import type { Logger } from '../log.js';
import { ErrorBodySchema } from '../openapi/components.js';
import { API_OPERATIONS } from '../routes/index.js';
import type { Backend } from './backends.js';

export const ADMIN = 'fuzz-admin-token-0123456789abcdef';

/** Every documented route that takes a body, with its path parameters filled in. */
export const BODY_ROUTES = API_OPERATIONS.filter((op) => op.body).map((op) => ({
  method: op.method.toUpperCase(),
  path: op.path.replace(/:[A-Za-z]+/g, 'demo'),
  admin: isPersonRoute(op.auth),
}));

export interface Fixture {
  app: Hono<AppEnv>;
  deviceId: string;
  deviceToken: string;
  trackingNo: string;
  /** The token of a service event at the demo station's first window. */
  ratingToken: string;
  /** Anything the collector logged as an unhandled error. */
  failures: string[];
  dispose(): Promise<void>;
}

const UNLIMITED = { capacity: 1_000_000, perMinute: 1_000_000 };

export async function fuzzFixture(backend: Backend): Promise<Fixture> {
  const db = await backend.fresh();
  await db.store.stations.create(DEMO_STATION);
  const failures: string[] = [];
  const log: Logger = { debug() {}, info() {}, warn() {}, error: (msg, fields) => failures.push(`${msg} ${JSON.stringify(fields)}`) };
  // No rate limits: the point is to reach the code behind them.
  const publicChannel = { limits: { complaints: UNLIMITED, ratings: UNLIMITED, reads: UNLIMITED } };
  const accessLimits = { limits: { enroll: UNLIMITED, adminFailures: UNLIMITED } };
  const app = createApp({ store: db.store, adminTokenHash: hashSecret(ADMIN), log, publicChannel, accessLimits });
  const { code } = await issueEnrollmentCode(db.store, 'demo');
  const enrolled = await app.request('/api/v1/devices/enroll', { method: 'POST', body: JSON.stringify({ code }) });
  const device = (await enrolled.json()) as { deviceId: string; token: string };
  const filed = await app.request('/api/v1/public/complaints', {
    method: 'POST',
    body: JSON.stringify({
      stationId: 'demo',
      category: 'attitude',
      description: '窗口工作人员态度冷淡，问了两遍才回答。',
      wantsReply: false,
    }),
  });
  const { trackingNo } = (await filed.json()) as { trackingNo: string };
  assert.ok(trackingNo);
  const served = await app.request('/api/v1/stations/demo/service-events', {
    method: 'POST',
    headers: { authorization: `Bearer ${ADMIN}` },
    body: JSON.stringify({ windowId: 'w01', ticket: 'BJ-0001' }),
  });
  const { ratingToken } = (await served.json()) as { ratingToken: string };
  assert.ok(ratingToken);
  return { app, deviceId: device.deviceId, deviceToken: device.token, trackingNo, ratingToken, failures, dispose: db.dispose };
}

/** A body each route accepts, to make hostile one field at a time. */
export function sampleBodies(f: Fixture): Record<string, Record<string, unknown>> {
  return {
    'POST /api/v1/devices/enroll': { code: 'ABCD-EFGH', name: '1号窗口平板' },
    'POST /api/v1/admin/stations': { id: 'hall2', name: '二号大厅', scale: 5, cooldownMs: 0, thankYouMs: 3000, idleResetMs: 60_000 },
    'PATCH /api/v1/admin/stations/demo': { name: '城东便民服务中心', scale: 5, regionId: null },
    'PUT /api/v1/admin/regions/xihu': { name: '西湖区', code: '330106' },
    'PUT /api/v1/admin/stations/demo/windows/w09': { name: '9号窗口' },
    'PUT /api/v1/admin/stations/demo/staff/s09': { name: '王芳', number: '20109', windowId: 'w01' },
    'PUT /api/v1/admin/stations/demo/service-items/si09': {
      name: '居民身份证换领',
      guide: { materials: [{ id: 'hukoubu', name: '居民户口簿', form: 'original', copies: 1 }], queryPhone: '0571-87001234' },
    },
    'PUT /api/v1/admin/stations/demo/commitments/c09': {
      promise: '即来即办',
      limits: [{ value: 30, unit: 'minutes', measure: 'maximum' }],
    },
    'POST /api/v1/public/complaints': {
      stationId: 'demo',
      category: 'delay',
      windowId: 'w01',
      description: '排队两小时',
      wantsReply: true,
      contact: { name: '王先生', phone: '13912345678' },
      consent: true,
    },
    'POST /api/v1/public/ratings': { ratingToken: f.ratingToken, channel: 'qr', scale: 5, answer: 4, level: 4 },
    [`POST /api/v1/admin/complaints/${f.trackingNo}/assign`]: { assignee: '李主任' },
    [`POST /api/v1/admin/complaints/${f.trackingNo}/reply`]: { publicReply: '已核实，窗口人员已整改。' },
  };
}

/** Never a 5xx, nothing logged as unhandled, and a 4xx is the JSON error body with no stack trace. */
export async function expectClientAnswer(f: Fixture, response: Response, method: string, what: string): Promise<void> {
  const logged = f.failures.splice(0);
  assert.ok(response.status < 500, `${what} → ${response.status}: ${await response.clone().text()}`);
  assert.deepEqual(logged, [], what);
  if (response.status >= 400 && method !== 'HEAD') {
    const text = await response.text();
    let json: unknown;
    assert.doesNotThrow(
      () => {
        json = JSON.parse(text);
      },
      `${what} → ${response.status} is not JSON: ${text.slice(0, 200)}`,
    );
    assert.ok(ErrorBodySchema.safeParse(json).success, `${what} → ${response.status} is not the error body: ${text.slice(0, 200)}`);
    assert.doesNotMatch(text, /\n\s+at |node_modules|Error:/, 'no stack trace in an answer');
  }
}
