import { serveStatic } from '@hono/node-server/serve-static';
import type { Hono } from 'hono';
import type { AppEnv } from './env.js';

/** Folders of built front ends the collector serves, each under its own path. */
export interface StaticRoots {
  kiosk?: string;
  admin?: string;
  examples?: string;
}

// A strict policy fits every app we serve: no inline script, no third-party origin.
const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'";

// The strict-CSP example shows the elements under enforced Trusted Types (Lit's own policy only).
const TRUSTED_TYPES = "; require-trusted-types-for 'script'; trusted-types lit-html";

// The examples folder is a workspace package: only its pages and built output are for browsers.
const NOT_SERVED = /(^|\/)(node_modules|src)\/|(^|\/)(package\.json|tsconfig[^/]*\.json|vite\.config\.[^/]+)$/;

export function mountStatic(app: Hono<AppEnv>, roots: StaticRoots): void {
  for (const [name, root] of Object.entries(roots) as [keyof StaticRoots, string | undefined][]) {
    if (!root) continue;
    const prefix = `/${name}`;
    app.get(prefix, (c) => c.redirect(`${prefix}/`, 301));
    app.use(`${prefix}/*`, async (c, next) => {
      if (NOT_SERVED.test(c.req.path.slice(prefix.length))) return c.notFound();
      await next();
      const trustedTypes = c.req.path.startsWith('/examples/strict-csp/');
      c.res.headers.set('Content-Security-Policy', trustedTypes ? CSP + TRUSTED_TYPES : CSP);
      c.res.headers.set('X-Content-Type-Options', 'nosniff');
      // The service worker and the page must be revalidated so a new version reaches the tablet.
      if (/\/(index\.html|sw\.js)?$/.test(c.req.path)) c.res.headers.set('Cache-Control', 'no-cache');
    });
    app.use(`${prefix}/*`, serveStatic({ root, rewriteRequestPath: (path) => path.slice(prefix.length) || '/' }));
  }
}
