/** Puts the OpenAPI 3.1 document together from the route table and the zod/mini schemas. */
import { Slug } from '@manyi/core';
import * as z from 'zod/mini';
import { isPersonRoute, type Permission, type Route } from '../http/route.js';
import { componentRegistry, ErrorBodySchema } from './components.js';
import { TAGS } from './tags.js';

type JsonSchema = Record<string, unknown>;

const SECURITY: Record<'admin' | 'session' | 'device' | 'metrics', { name: string; description: string }> = {
  admin: {
    name: 'adminToken',
    description: 'The admin token: MANYI_ADMIN_TOKEN, or the one generated on first start and kept in the data directory.',
  },
  session: { name: 'sessionToken', description: 'A named account’s session token (`mss_…`), as `POST /api/v1/auth/login` answered it.' },
  device: { name: 'deviceToken', description: 'The token `POST /api/v1/devices/enroll` answered with.' },
  metrics: { name: 'metricsToken', description: 'MANYI_METRICS_TOKEN, when it is set.' },
};

const PATH_PARAMETERS: Record<string, { description: string; schema: z.ZodMiniType }> = {
  stationId: { description: 'The station’s id.', schema: Slug },
  regionId: { description: 'The region’s id.', schema: Slug },
  id: { description: 'The entry’s id within the station.', schema: Slug },
  trackingNo: { description: 'The complaint’s tracking number, as printed or shown (case and dashes do not matter).', schema: z.string() },
  deviceId: { description: 'The device’s id, as enrolment answered it.', schema: z.string() },
  caseId: { description: 'The bad-review case’s id: the id of the rating it is about.', schema: z.string() },
  username: { description: 'The account’s username.', schema: z.string() },
  recordId: { description: 'The record’s id (a UUIDv7 made by the device or the web channel).', schema: z.string() },
  eventId: { description: 'The service event’s id, as starting it answered.', schema: z.string() },
};

/** Who may call a person's route, as its 403 answer describes it. */
function who(p: Permission): string {
  const scope = p.scope === 'none' ? '' : ', within their own station or region';
  return `${p.roles.join(', ')}${scope}${p.personal ? '; shows personal data, so never an observer' : ''}`;
}

/** `/a/:b/c` → `/a/{b}/c`, and the names of its parameters. */
export function openApiPath(honoPath: string): { path: string; parameters: string[] } {
  const parameters: string[] = [];
  const path = honoPath.replace(/:([A-Za-z0-9_]+)/g, (_, name: string) => {
    parameters.push(name);
    return `{${name}}`;
  });
  return { path, parameters };
}

function withoutMeta(schema: JsonSchema): JsonSchema {
  const { $schema: _schema, $id: _id, ...rest } = schema;
  return rest;
}

export function openApiDocument(operations: readonly Route[]) {
  const registry = componentRegistry();
  // Request and answer shapes alike as a client writes them (`input`): unknown fields in a
  // request are ignored unless the schema is strict, and answers may gain fields.
  const generated = z.toJSONSchema(registry, { io: 'input', uri: (id) => `#/components/schemas/${id}`, unrepresentable: 'any' });
  const schemas = Object.fromEntries(Object.entries(generated.schemas).map(([id, s]) => [id, withoutMeta(s as JsonSchema)]));

  const ref = (schema: z.ZodMiniType, where: string) => {
    const id = registry.get(schema)?.id;
    if (!id) throw new Error(`${where}: the schema is not named in openapi/components.ts`);
    return { $ref: `#/components/schemas/${id}` };
  };
  const errorAnswer = (description: string) => ({
    description,
    content: { 'application/json': { schema: ref(ErrorBodySchema, 'error') } },
  });

  const paths: Record<string, Record<string, unknown>> = {};
  for (const op of operations) {
    const { path, parameters: pathNames } = openApiPath(op.path);
    const parameters: unknown[] = pathNames.map((name) => {
      const known = PATH_PARAMETERS[name];
      if (!known) throw new Error(`${op.id}: describe the path parameter :${name} in openapi/document.ts`);
      return {
        name,
        in: 'path',
        required: true,
        description: known.description,
        schema: withoutMeta(z.toJSONSchema(known.schema) as JsonSchema),
      };
    });
    if (op.query) {
      const query = z.toJSONSchema(op.query.schema, { io: 'input' }) as { properties?: Record<string, JsonSchema>; required?: string[] };
      for (const [name, schema] of Object.entries(query.properties ?? {})) {
        parameters.push({ name, in: 'query', required: query.required?.includes(name) ?? false, schema });
      }
    }

    const responses: Record<string, unknown> = {};
    for (const answer of op.responses) {
      const content = answer.schema
        ? { 'application/json': { schema: ref(answer.schema, `${op.id} ${answer.status}`) } }
        : answer.contentType
          ? { [answer.contentType]: {} }
          : undefined;
      responses[answer.status] = { description: answer.description, ...(content && { content }) };
    }
    const errors: Record<number, string> = {};
    // Every route refuses a NUL (%00) in its URL (mount.ts); a route that takes input says more.
    errors[400] = 'The URL holds a NUL character (%00).';
    if (op.body || op.query) errors[400] = 'Invalid JSON, or a field fails validation; the message names the field.';
    if (op.auth !== 'public') errors[401] = 'The bearer token is missing or wrong.';
    if (isPersonRoute(op.auth)) errors[401] = 'No admin token or live session: sign in again.';
    if (isPersonRoute(op.auth)) {
      const csrf =
        op.method === 'get' ? '' : ' `csrf-missing`: signed in by the `manyi_session` cookie without the header `X-Manyi-CSRF: 1`.';
      errors[403] = `Outside your role or scope: ${who(op.auth)}.${csrf}`;
    }
    if (op.auth === 'device') errors[401] = 'The device is not enrolled or was revoked: enrol it again.';
    if (op.body) errors[413] = 'The body is larger than 1 MiB.';
    for (const [status, description] of Object.entries({ ...errors, ...op.errors })) responses[status] = errorAnswer(description);

    const security =
      op.auth === 'public'
        ? []
        : op.auth === 'metrics'
          ? [{}, { [SECURITY.metrics.name]: [] }]
          : op.auth === 'device'
            ? [{ [SECURITY.device.name]: [] }]
            : [{ [SECURITY.admin.name]: [] }, { [SECURITY.session.name]: [] }];
    paths[path] ??= {};
    paths[path][op.method] = {
      operationId: op.id,
      tags: [op.tag],
      summary: op.summary,
      ...(op.description && { description: op.description }),
      security,
      ...(isPersonRoute(op.auth) && { 'x-permission': op.auth }),
      ...(parameters.length > 0 && { parameters }),
      ...(op.body && {
        requestBody: { required: true, content: { 'application/json': { schema: ref(op.body.schema, `${op.id} body`) } } },
      }),
      responses,
    };
  }

  return {
    openapi: '3.1.0',
    info: {
      title: 'Manyi collector',
      version: '1.0.0',
      description:
        'Enrols kiosks, ingests their records exactly once, and serves the figures. JSON under /api/v1; every error is ' +
        '`{"error":{"code","message"}}` with a 4xx status for a client mistake.',
      license: { name: 'MIT', identifier: 'MIT' },
    },
    servers: [{ url: '/', description: 'The collector serving this document.' }],
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    tags: Object.entries(TAGS)
      .filter(([name]) => operations.some((op) => op.tag === name))
      .map(([name, description]) => ({ name, description })),
    paths,
    components: {
      schemas,
      securitySchemes: Object.fromEntries(
        Object.values(SECURITY).map(({ name, description }) => [name, { type: 'http', scheme: 'bearer', description }]),
      ),
    },
  };
}
