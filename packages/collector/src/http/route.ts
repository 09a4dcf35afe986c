/**
 * One declaration per route: the mount (http/mount.ts) routes it, enforces its `auth`, checks its
 * input against the declared schemas, and the OpenAPI document (openapi/document.ts) describes it
 * from the same object, so what is served and what is documented cannot part.
 */
import type { Context } from 'hono';
import type * as z from 'zod/mini';
import type { Sessions } from '../accounts/sessions.js';
import type { AppEnv } from '../env.js';
import type { Logger } from '../log.js';
import type { CollectorMetrics } from '../metrics.js';
import type { Tag } from '../openapi/tags.js';
import type { PublicLimits } from '../public-limits.js';
import type { Store } from '../store/store.js';
import type { Role } from './actor.js';

export type HttpMethod = 'get' | 'post' | 'put' | 'patch' | 'delete';

/**
 * What a person's route needs (http/permission.ts enforces it): one of `roles`, and — unless
 * `scope` is `none` — a station or region named by the request (path, query, or the case,
 * complaint, device or record the path names) inside the caller's own. Observers never pass a
 * route that `writes` or shows `personal` data (contacts, phone numbers). `ownAccount` routes
 * stay open while the caller must still change their password.
 */
export interface Permission {
  roles: readonly Role[];
  scope: 'station' | 'region' | 'none';
  writes?: boolean;
  personal?: boolean;
  ownAccount?: boolean;
}

/**
 * Who may call: anyone, an enrolled device (its token), the optional metrics token, or a person —
 * a named account's session or the admin token — with the declared permission. The mount enforces it.
 */
export type Caller = 'public' | 'device' | 'metrics' | Permission;

/** Whether the route is for people (an account's session or the admin token). */
export const isPersonRoute = (auth: Caller): auth is Permission => typeof auth === 'object';

/** A rate limit per client address: one of the public channel's, or enrolment's (access-limits.ts). */
export type RouteLimit = keyof PublicLimits | 'enroll' | 'login';

export interface ApiAnswer {
  status: number;
  description: string;
  /** A named schema from openapi/components.ts; omit for an empty or non-JSON answer. */
  schema?: z.ZodMiniType;
  contentType?: string;
}

/** A PUT of a whole resource: 201 when it creates it, 200 when it replaces it. */
export function createdOrReplaced(schema: z.ZodMiniType): ApiAnswer[] {
  return [
    { status: 201, description: 'Created.', schema },
    { status: 200, description: 'Replaced.', schema },
  ];
}

/** A create a client may safely retry with the same `id`: 201 the first time, then 200 with `again`'s answer. */
export function createdOrRepeated(schema: z.ZodMiniType, first: string, again: string): ApiAnswer[] {
  return [
    { status: 201, description: first, schema },
    { status: 200, description: again, schema },
  ];
}

/** A request part checked against `schema`; a mistake is a 400 with `code` and a message naming each field. */
export interface Input<S extends z.ZodMiniType> {
  schema: S;
  code: string;
}

/** What a handler gets: the collector's parts, and the request's input checked as declared. */
export interface Call<Q, B> {
  store: Store;
  log: Logger;
  metrics: CollectorMetrics;
  /** Sign-in and the sessions it starts. */
  sessions: Sessions;
  /** A path parameter the route's path names. */
  param(name: string): string;
  /** The query string, checked; call it where the check belongs among the handler's own. */
  query(): Q;
  /** The JSON body, checked; `prepare` may fill in what the path says (an entry's id) before the check. */
  body(prepare?: (raw: unknown) => unknown): Promise<B>;
  /** The JSON body unchecked, for handlers that judge it part by part (a batch, a web complaint). */
  json(options?: { allowBrokenText?: boolean }): Promise<unknown>;
}

export interface RouteSpec<Q extends z.ZodMiniObject | undefined, B extends z.ZodMiniType | undefined> {
  /** The OpenAPI operationId. */
  id: string;
  method: HttpMethod;
  /** As hono matches it, e.g. `/api/v1/admin/stations/:stationId`. */
  path: string;
  tag: Tag;
  auth: Caller;
  /** The rate limit this route draws on, per client address. */
  limit?: RouteLimit;
  /**
   * A read that answers with personal data (contact details, phone numbers): each one is audited.
   * A function decides from the query string (an export with `includePersonal=true`).
   */
  personal?: boolean | ((query: Record<string, string>) => boolean);
  /**
   * Why a call that changes something is not audited: only for the data itself arriving (a
   * device's batch, a citizen's rating or complaint), never for a change someone makes.
   */
  unaudited?: string;
  /** A GET that starts a session (the return from single sign-on): audited like a change. */
  signsIn?: boolean;
  summary: string;
  description?: string;
  /** The query string's fields, each documented as a parameter. */
  query?: Input<NonNullable<Q>>;
  /** A named schema from openapi/components.ts. */
  body?: Input<NonNullable<B>>;
  responses: ApiAnswer[];
  /** Error answers particular to this route, by status; those every route of its kind may give are added. */
  errors?: Record<number, string>;
  handle(call: Call<z.output<NonNullable<Q>>, z.output<NonNullable<B>>>, c: Context<AppEnv>): Response | Promise<Response>;
}

/** A declared route with its input types erased, as route tables hold it. */
export type Route = Omit<RouteSpec<z.ZodMiniObject, z.ZodMiniType>, 'handle'> & {
  handle(call: Call<unknown, unknown>, c: Context<AppEnv>): Response | Promise<Response>;
};

/** Declares a route; the handler's `query()` and `body()` take their types from the declared schemas. */
export function op<Q extends z.ZodMiniObject | undefined = undefined, B extends z.ZodMiniType | undefined = undefined>(
  spec: RouteSpec<Q, B>,
): Route {
  return spec as unknown as Route;
}
