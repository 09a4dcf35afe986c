import type { MiddlewareHandler } from 'hono';
import { SESSION_PREFIX, type Sessions } from '../accounts/sessions.js';
import { bearerToken } from '../credentials.js';
import type { AppEnv } from '../env.js';
import { ApiError } from '../errors.js';
import type { Store } from '../store/store.js';
import { authorize } from './permission.js';
import type { Permission } from './route.js';
import { requestTargets } from './scope.js';
import { csrfProven, sessionCookie } from './session-cookie.js';

/**
 * The gate of a person's route: a named account's session token (`mss_…`), or the admin token
 * (actor `admin-token`, checked by `requireAdmin` with its lockout); a tablet's token is neither.
 * Then the declared permission (http/permission.ts). Without a permission it only signs in (the
 * fallback for admin paths no route serves). The dashboard's session comes in a cookie instead,
 * and a change made by cookie needs the CSRF header (http/session-cookie.ts).
 */
export function personGate(
  store: Store,
  sessions: Sessions,
  requireAdmin: MiddlewareHandler<AppEnv>,
  permission?: Permission,
): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const allowed = async () => {
      if (permission) await authorize(c.get('actor'), permission, () => requestTargets(c, store), store);
      await next();
    };
    const bearer = bearerToken(c.req.header('authorization'));
    const cookie = bearer === undefined ? sessionCookie(c) : undefined;
    const token = bearer ?? (cookie?.startsWith(SESSION_PREFIX) ? cookie : undefined);
    if (!token?.startsWith(SESSION_PREFIX)) return requireAdmin(c, allowed);
    if (cookie !== undefined && !csrfProven(c)) {
      throw new ApiError(403, 'csrf-missing', 'a change signed in by cookie needs the header "X-Manyi-CSRF: 1" (sent by the dashboard)');
    }
    const signedIn = await sessions.resolve(token);
    if (!signedIn) throw new ApiError(401, 'session-ended', 'your session has ended (signed out, expired or idle too long); sign in again');
    c.set('actor', signedIn.actor);
    c.set('session', signedIn.tokenHash);
    if (signedIn.account.mustChangePassword && !permission?.ownAccount) {
      throw new ApiError(403, 'password-change-required', 'choose a new password first (POST /api/v1/auth/password)');
    }
    await allowed();
  };
}
