/**
 * The audit trail's recording, driven by the route table: every route that changes something is
 * recorded unless its declaration says why not (`unaudited`: the data itself arriving), and every
 * read a declaration marks `personal`. No route can forget, and a new one is recorded by default.
 */
import type { Context, MiddlewareHandler } from 'hono';
import type { AppEnv } from '../env.js';
import type { Logger } from '../log.js';
import { requestContext } from '../log.js';
import type { ClientKey } from '../rate-limit.js';
import type { Store } from '../store/store.js';
import type { Route } from './route.js';

/** What a handler adds to its call's entry beyond what the path says. */
export interface AuditNote {
  target?: string;
  stationId?: string;
  /** Settings as they were and became; never a secret itself. */
  before?: unknown;
  after?: unknown;
}

export function noteAudit(c: Context<AppEnv>, note: AuditNote): void {
  c.set('auditNote', { ...c.get('auditNote'), ...note });
}

/** The actor of calls no credential names (enrolling with a code). */
const PUBLIC_ACTOR = { name: 'public', role: 'public' } as const;

/** What a call of this route leaves in the trail: a change, a read of personal data, or nothing. */
export function auditKind(
  route: Pick<Route, 'method' | 'unaudited' | 'personal' | 'auth' | 'signsIn'>,
  query: () => Record<string, string>,
) {
  if (route.method !== 'get' || route.signsIn) return route.unaudited === undefined ? 'change' : undefined;
  // A permission that keeps observers out for personal data marks the read as personal too.
  const byPermission = typeof route.auth === 'object' && route.auth.personal === true;
  const personal = typeof route.personal === 'function' ? route.personal(query()) : route.personal === true || byPermission;
  return personal ? 'personal-read' : undefined;
}

/** Recorded: what succeeded, and a change someone known was refused for their role (403). */
const recorded = (kind: 'change' | 'personal-read', status: number, known: boolean) =>
  status < 400 || (kind === 'change' && status === 403 && known);

/**
 * Runs before the route's gate, so a refusal by role is seen too; appends after the handler has
 * answered. A personal read whose entry cannot be written fails (500) rather than go unrecorded.
 */
export function auditTrail(route: Route, store: Store, log: Logger, clientKey: ClientKey): MiddlewareHandler<AppEnv> | undefined {
  if (route.method !== 'get' && route.unaudited !== undefined) return undefined;
  if (route.method === 'get' && !route.personal && !route.signsIn) return undefined;
  return async (c, next) => {
    await next();
    const kind = auditKind(route, () => c.req.query());
    const actor = c.get('actor');
    if (!kind || !recorded(kind, c.res.status, actor !== undefined)) return;
    const note = c.get('auditNote') ?? {};
    const params = c.req.param() as Record<string, string>;
    const names = Object.keys(params);
    const lastParam = names.length > 0 ? params[names[names.length - 1] as string] : undefined;
    try {
      await store.audit.append({
        actor: (actor ?? PUBLIC_ACTOR).name,
        role: (actor ?? PUBLIC_ACTOR).role,
        action: route.id,
        target: note.target ?? lastParam ?? null,
        stationId: note.stationId ?? params.stationId ?? actor?.stationId ?? null,
        address: clientKey(c),
        requestId: requestContext.getStore()?.requestId ?? null,
        outcome: c.res.status,
        before: note.before ?? null,
        after: note.after ?? null,
      });
    } catch (error) {
      log.error('audit entry not written', { action: route.id, error: error instanceof Error ? error.message : String(error) });
      throw error;
    }
  };
}
