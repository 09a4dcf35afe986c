/**
 * Random, hostile requests against every documented route on a real database: whatever arrives,
 * the answer is never a 5xx, and every 4xx carries the JSON error body.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import fc from 'fast-check';
import { API_OPERATIONS } from './routes/index.js';
import { anyInstant, anyJson, anyRecord, nastyString } from './test-support/arbitraries.js';
import { backends } from './test-support/backends.js';
import { ADMIN, expectClientAnswer, type Fixture, fuzzFixture, sampleBodies } from './test-support/fuzz-fixture.js';

const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS'] as const;

/** A path parameter as a client may fill it in: encoded text, or raw junk straight into the URL. */
const pathParam = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom('demo', 'w01', 'nope') },
  { weight: 4, arbitrary: nastyString.map((s) => encodeURIComponent(Buffer.from(s.slice(0, 300)).toString())) },
  { weight: 2, arbitrary: fc.constantFrom('%', '%E0%A4%A', '%00', '%2F..%2F', '..', '.', '%FF%FE', 'a%0Ab', '~') },
);

const queryString = fc.oneof(
  fc.constant(''),
  fc
    .dictionary(
      fc.constantFrom('station', 'from', 'to', 'by', 'x', 'station[]'),
      fc.oneof(nastyString, anyInstant, fc.constantFrom('demo', 'window', 'hour', 'staff')),
      { maxKeys: 4 },
    )
    .map((q) => `?${new URLSearchParams(q)}`),
  fc.constantFrom('?station=demo&station=demo', '?%', '?station=%00', '?&&&=', `?station=${'a'.repeat(10_000)}`),
);

/** Header values must be printable ASCII to be sent at all; within that, anything goes. */
const printable = fc.string({ unit: fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)), maxLength: 200 });

function authorization(f: Fixture): fc.Arbitrary<string | undefined> {
  // Mostly a valid token, so the request gets past authentication to the code behind it.
  return fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(`Bearer ${ADMIN}`, `Bearer ${f.deviceToken}`, `bearer  ${ADMIN} `) },
    { weight: 1, arbitrary: fc.constantFrom(undefined, 'Bearer', 'Bearer ', 'Basic YWRtaW46YWRtaW4=', `Bearer ${'x'.repeat(8_000)}`) },
    { weight: 1, arbitrary: printable },
    { weight: 1, arbitrary: printable.map((s) => `Bearer ${s}`) },
  );
}

function body(f: Fixture): fc.Arbitrary<string | undefined> {
  return fc.oneof(
    fc.constant(undefined),
    anyJson.map((v) => JSON.stringify(v)),
    nastyString,
    fc
      .array(anyRecord, { maxLength: 20 })
      .map((records) => JSON.stringify({ deviceId: f.deviceId, sentAt: new Date().toISOString(), records })),
    fc.record({ code: nastyString, name: nastyString }).map((v) => JSON.stringify(v)),
    fc
      .dictionary(fc.constantFrom('id', 'name', 'scale', 'cooldownMs', 'windowId', 'guide', 'limits', 'promise'), anyJson)
      .map((v) => JSON.stringify(v)),
  );
}

for (const backend of backends()) {
  describe(`fuzzing every route on ${backend.name}`, { skip: backend.skip }, () => {
    const runs = backend.name === 'SQLite' ? 600 : 300;
    let f: Fixture;
    before(async () => {
      f = await fuzzFixture(backend);
    });
    after(() => f.dispose());

    test('any method, path, query, token and body: never a 5xx, every 4xx the JSON error body', async () => {
      const templates = [...new Set(API_OPERATIONS.map((op) => op.path)), '/', '/api', '/api/v1/', '/api/v1/admin/nothing'];
      // Mostly a route's own method and path, so requests reach the code behind the router.
      const route = fc.oneof(
        { weight: 3, arbitrary: fc.constantFrom(...API_OPERATIONS).map((op) => ({ method: op.method.toUpperCase(), template: op.path })) },
        { weight: 1, arbitrary: fc.record({ method: fc.constantFrom(...METHODS), template: fc.constantFrom(...templates) }) },
      );
      const request = fc.record({
        route,
        params: fc.array(pathParam, { minLength: 2, maxLength: 2 }),
        query: queryString,
        authorization: authorization(f),
        contentType: fc.constantFrom(
          undefined,
          'application/json',
          'text/plain',
          'application/x-www-form-urlencoded',
          'multipart/form-data',
        ),
        body: body(f),
      });
      const answered: number[] = [];
      await fc.assert(
        fc.asyncProperty(request, async ({ route: { method, template }, ...r }) => {
          let i = 0;
          const path = template.replace(/:[A-Za-z]+/g, () => r.params[i++ % 2] ?? 'x');
          const headers: Record<string, string> = {};
          if (r.authorization !== undefined) headers.authorization = r.authorization;
          if (r.contentType) headers['content-type'] = r.contentType;
          const hasBody = r.body !== undefined && method !== 'GET' && method !== 'HEAD';
          const response = await f.app.request(`${path}${r.query}`, { method, headers, body: hasBody ? r.body : undefined });
          answered.push(response.status);
          await expectClientAnswer(f, response, method, `${method} ${path}${r.query.slice(0, 80)}`);
        }),
        { numRuns: runs },
      );
      // The point is the code behind authentication and validation: enough requests must reach it.
      const served = answered.filter((status) => status < 400).length;
      assert.ok(served >= answered.length * 0.05, `only ${served} of ${answered.length} random requests succeeded`);
    });

    test('a valid body with one field made hostile, on every route that takes one', async () => {
      const routes = Object.entries(sampleBodies(f));
      const mutation = fc.constantFrom(...routes).chain((route) =>
        fc.record({
          route: fc.constant(route),
          field: fc.oneof(
            { weight: 4, arbitrary: fc.constantFrom(...Object.keys(route[1]), 'name', 'form', 'copies') },
            { weight: 1, arbitrary: nastyString },
          ),
          value: fc.oneof(nastyString, anyJson, anyInstant),
          nested: fc.boolean(),
        }),
      );
      await fc.assert(
        fc.asyncProperty(mutation, async ({ route: [route, sample], field, value, nested }) => {
          const [method = 'POST', path = '/'] = route.split(' ');
          const body: Record<string, unknown> = structuredClone(sample);
          const guide = body.guide as { materials: Record<string, unknown>[] } | undefined;
          if (nested && guide?.materials[0]) guide.materials[0][field] = value;
          else body[field] = value;
          const token = path.includes('/admin/') ? ADMIN : f.deviceToken; // public routes ignore it
          const response = await f.app.request(path, {
            method,
            headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
            body: JSON.stringify(body),
          });
          await expectClientAnswer(f, response, method, `${route} ${JSON.stringify(body).slice(0, 300)}`);
        }),
        { numRuns: runs },
      );
    });

    test('any batch of any records: a result per record, or the whole batch refused with a 4xx', async () => {
      const batch = fc.record({
        deviceId: fc.oneof(fc.constant(f.deviceId), nastyString),
        sentAt: anyInstant,
        records: fc.array(anyRecord, { maxLength: 30 }),
      });
      await fc.assert(
        fc.asyncProperty(batch, async (b) => {
          const response = await f.app.request('/api/v1/records/batch', {
            method: 'POST',
            headers: { authorization: `Bearer ${f.deviceToken}`, 'content-type': 'application/json' },
            body: JSON.stringify(b),
          });
          await expectClientAnswer(f, response, 'POST', `batch ${JSON.stringify(b).slice(0, 300)}`);
          if (response.status === 200) {
            const { results } = (await response.json()) as { results: { status: string }[] };
            assert.equal(results.length, b.records.length);
          }
        }),
        { numRuns: runs / 2 },
      );
    });
  });
}
