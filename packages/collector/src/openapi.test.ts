import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createConfig, lintFromString } from '@redocly/openapi-core';
import type * as z from 'zod/mini';
import { createApp } from './app.js';
import { hashSecret } from './credentials.js';
import { isPersonRoute } from './http/route.js';
import { silentLogger } from './log.js';
import { ErrorBodySchema } from './openapi/components.js';
import { openApiPath } from './openapi/document.js';
import { API_OPERATIONS, apiDocument } from './routes/index.js';
import { SqliteStore } from './store/sqlite.js';
import { NO_ACCESS_LIMITS } from './test-support/http.js';
import { rating as hallRating } from './test-support/records.js';

const ADMIN = 'openapi-admin-token-0123456789';

function appOn(store: SqliteStore) {
  return createApp({ store, adminTokenHash: hashSecret(ADMIN), log: silentLogger });
}

/** Every `$ref` anywhere in the value. */
function refs(value: unknown, found: string[] = []): string[] {
  if (Array.isArray(value)) for (const v of value) refs(v, found);
  else if (value && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) {
      if (key === '$ref' && typeof v === 'string') found.push(v);
      else refs(v, found);
    }
  }
  return found;
}

describe('GET /api/v1/openapi.json', () => {
  let store: SqliteStore;
  before(async () => {
    store = new SqliteStore(':memory:');
    await store.migrate();
  });
  after(() => store.close());

  test('describes every route the app answers, and nothing it does not', () => {
    const app = appOn(store);
    const served = new Set(
      app.routes.filter((r) => r.method !== 'ALL').map((r) => `${r.method.toLowerCase()} ${openApiPath(r.path).path}`),
    );
    const doc = apiDocument();
    const documented = new Set(Object.entries(doc.paths).flatMap(([path, item]) => Object.keys(item).map((method) => `${method} ${path}`)));
    assert.deepEqual(
      [...served].filter((r) => !documented.has(r)),
      [],
      'routes missing from src/routes/index.ts',
    );
    assert.deepEqual(
      [...documented].filter((r) => !served.has(r)),
      [],
      'documented routes the app does not serve',
    );
  });

  test('is served to anyone as OpenAPI 3.1 whose every reference resolves', async () => {
    const response = await appOn(store).request('/api/v1/openapi.json');
    assert.equal(response.status, 200);
    const doc = (await response.json()) as ReturnType<typeof apiDocument>;
    assert.equal(doc.openapi, '3.1.0');
    assert.deepEqual(doc, JSON.parse(JSON.stringify(apiDocument())));
    const schemas = doc.components.schemas as Record<string, unknown>;
    for (const ref of refs(doc)) {
      const name = /^#\/components\/schemas\/(.+)$/.exec(ref)?.[1];
      assert.ok(name && schemas[name], `${ref} does not resolve`);
    }
    const ids = API_OPERATIONS.map((op) => op.id);
    assert.equal(new Set(ids).size, ids.length, 'operation ids are unique');
  });

  test('every route asks for the caller its declaration names, before anything else', async () => {
    const app = createApp({
      store,
      adminTokenHash: hashSecret(ADMIN),
      log: silentLogger,
      metricsAccess: { tokenHash: hashSecret('metrics') },
      // A wrong token on every route would otherwise lock this address out after 20.
      accessLimits: NO_ACCESS_LIMITS,
    });
    const expected = { admin: 'unauthorized', device: 'device-not-enrolled', metrics: 'unauthorized' } as const;
    for (const op of API_OPERATIONS) {
      if (op.auth === 'public') continue;
      const path = op.path.replace(/:[A-Za-z]+/g, 'x');
      const response = await app.request(path, { method: op.method.toUpperCase(), headers: { authorization: 'Bearer wrong' } });
      const body = (await response.json()) as { error: { code: string } };
      assert.deepEqual(
        [response.status, body.error.code],
        [401, expected[isPersonRoute(op.auth) ? 'admin' : op.auth]],
        `${op.method} ${op.path}`,
      );
    }
  });

  test('names bearer security, request bodies and the error body', () => {
    const doc = apiDocument();
    assert.deepEqual(Object.keys(doc.components.securitySchemes).sort(), ['adminToken', 'deviceToken', 'metricsToken', 'sessionToken']);
    const batch = doc.paths['/api/v1/records/batch']?.post as {
      security: unknown;
      requestBody: { content: Record<string, { schema: unknown }> };
      responses: Record<string, { content?: Record<string, { schema: unknown }> }>;
    };
    assert.deepEqual(batch.security, [{ deviceToken: [] }]);
    assert.deepEqual(batch.requestBody.content['application/json']?.schema, { $ref: '#/components/schemas/BatchRequest' });
    for (const status of ['400', '401', '403', '413']) {
      assert.deepEqual(batch.responses[status]?.content?.['application/json']?.schema, { $ref: '#/components/schemas/Error' }, status);
    }
    const record = JSON.stringify(doc.components.schemas.Record);
    for (const kind of ['RatingRecord', 'ComplaintRecord', 'NoticeRecord', 'HeartbeatRecord']) assert.match(record, new RegExp(kind));
  });
});

test('passes Redocly’s recommended OpenAPI rules with no error and no warning', async () => {
  // openapi-core lints in-process from the string: no file, no network, no telemetry.
  const config = await createConfig({ extends: ['recommended'] });
  const problems = await lintFromString({ source: JSON.stringify(apiDocument(), null, 2), absoluteRef: 'openapi.json', config });
  // A route whose success is a redirect (single sign-on's start and return) has a 3XX instead of a 2XX.
  const redirecting = new Set(
    API_OPERATIONS.filter((o) => o.responses.some((r) => r.status >= 300 && r.status < 400)).map(
      (o) => `#/paths/${o.path.replaceAll('/', '~1')}/${o.method}/responses`,
    ),
  );
  assert.deepEqual(
    problems
      .filter((p) => !(p.ruleId === 'operation-2xx-response' && redirecting.has(p.location[0]?.pointer ?? '')))
      .map((p) => `${p.severity} ${p.ruleId}: ${p.message} at ${p.location[0]?.pointer ?? '?'}`),
    [],
  );
});

describe('answers match the documented schemas', () => {
  /** The answer schema the document promises for an operation and status. */
  function promised(id: string, status: number): z.ZodMiniType | undefined {
    const op = API_OPERATIONS.find((o) => o.id === id);
    assert.ok(op, id);
    const answer = op.responses.find((r) => r.status === status);
    if (answer) return answer.schema;
    assert.ok(op.errors?.[status] || [400, 401, 413].includes(status), `${id} does not document ${status}`);
    return ErrorBodySchema;
  }

  test('from creating a station to its figures', async () => {
    const store = new SqliteStore(':memory:');
    await store.migrate();
    const app = appOn(store);
    const call = async (id: string, method: string, path: string, body?: unknown, token: string | undefined = ADMIN) => {
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      if (token) headers.authorization = `Bearer ${token}`;
      const response = await app.request(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
      const text = await response.text();
      const json: unknown = text ? JSON.parse(text) : undefined;
      const schema = promised(id, response.status);
      if (schema) {
        const check = schema.safeParse(json);
        assert.ok(check.success, `${id} ${response.status}: ${JSON.stringify(json)} ${JSON.stringify(check.error?.issues)}`);
      }
      return { status: response.status, json: json as Record<string, string> };
    };
    const station = { id: 'hall', name: '城东便民服务中心', scale: 5, cooldownMs: 0, thankYouMs: 3000, idleResetMs: 60_000 };
    assert.equal(
      (await call('createStation', 'POST', '/api/v1/admin/stations', { ...station, windows: [{ id: 'w1', name: '1号窗口' }] })).status,
      201,
    );
    assert.equal((await call('createStation', 'POST', '/api/v1/admin/stations', station)).status, 409);
    assert.equal((await call('getStation', 'GET', '/api/v1/admin/stations/hall')).status, 200);
    assert.equal((await call('updateStation', 'PATCH', '/api/v1/admin/stations/hall', { scale: 3 })).status, 200);
    assert.equal((await call('updateStation', 'PATCH', '/api/v1/admin/stations/hall', { scale: 7 })).status, 400);
    assert.equal((await call('putWindow', 'PUT', '/api/v1/admin/stations/hall/windows/w2', { name: '2号窗口' })).status, 201);
    assert.equal((await call('listWindows', 'GET', '/api/v1/admin/stations/hall/windows')).status, 200);
    assert.equal((await call('getWindow', 'GET', '/api/v1/admin/stations/hall/windows/w9')).status, 404);
    assert.equal((await call('deleteWindow', 'DELETE', '/api/v1/admin/stations/hall/windows/w2')).status, 204);
    const code = await call('issueEnrollmentCode', 'POST', '/api/v1/admin/stations/hall/enrollment-codes');
    assert.equal((await call('enrollDevice', 'POST', '/api/v1/devices/enroll', { code: 'nope-nope' }, undefined)).status, 401);
    const device = await call('enrollDevice', 'POST', '/api/v1/devices/enroll', { code: code.json.code }, undefined);
    assert.equal(device.status, 201);
    const token = device.json.token;
    assert.equal((await call('deviceConfig', 'GET', '/api/v1/devices/me/config', undefined, token)).status, 200);
    const at = new Date();
    const now = at.toISOString();
    const rating = hallRating({}, at);
    const batch = { deviceId: device.json.deviceId, sentAt: now, records: [rating, rating, { kind: 'rating' }] };
    const uploaded = await call('uploadBatch', 'POST', '/api/v1/records/batch', batch, token);
    assert.deepEqual(
      (uploaded.json as unknown as { results: { status: string }[] }).results.map((r) => r.status),
      ['accepted', 'duplicate', 'rejected'],
    );
    assert.equal((await call('uploadBatch', 'POST', '/api/v1/records/batch', { ...batch, deviceId: 'other' }, token)).status, 403);
    assert.equal((await call('stats', 'GET', '/api/v1/admin/stats?station=hall&by=window')).status, 200);
    assert.equal((await call('stats', 'GET', '/api/v1/admin/stats?station=hall', undefined, 'wrong-token')).status, 401);
    assert.equal((await call('health', 'GET', '/healthz')).status, 200);
    await store.close();
  });
});
