import { realpathSync, statSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import type { Hono } from 'hono';
import type { AppEnv } from './env.js';
import { exampleFileServed } from './example-files.js';

/** Folders of built front ends the collector serves, each under its own path. */
export interface StaticRoots {
  kiosk?: string;
  admin?: string;
  examples?: string;
  /** The elements' docs site (packages/elements: `pnpm run build:docs`). */
  docs?: string;
}

// A strict policy fits every app we serve: no inline script, no third-party origin.
const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'";

// The strict-CSP example shows the elements under enforced Trusted Types (Lit's own policy only).
const TRUSTED_TYPES = "; require-trusted-types-for 'script'; trusted-types lit-html";

// The examples folder is a workspace package: only its pages and built output are for browsers.
const NOT_SERVED = /(^|\/)(node_modules|src)\/|(^|\/)(package\.json|tsconfig[^/]*\.json|vite\.config\.[^/]+)$/;

// Dotfiles (.admin-token, .env, .git) are never a front end's; a data directory put there by mistake stays private.
const DOTFILE = /(^|\/)\./;

// Vite names built assets by content hash (`assets/index-Bx7_k2Qa.js`): a new build gets new names.
const HASHED_ASSET = /\/assets\/[^/]+-[A-Za-z0-9_-]{8,}\.[a-z0-9]+$/;

/** Whether the file a request names (and the compressed copies served for it) lies inside the root, links resolved. */
function insideRoot(root: string): (relative: string) => boolean {
  let realRoot: string;
  try {
    realRoot = realpathSync(root);
  } catch {
    realRoot = resolve(root);
  }
  const within = (path: string) => {
    try {
      const real = realpathSync(path);
      return real === realRoot || real.startsWith(realRoot + sep);
    } catch {
      return true; // missing: serveStatic answers 404 for it
    }
  };
  return (relative) => {
    const target = join(realRoot, relative);
    let candidates = [target];
    try {
      if (statSync(target).isDirectory()) candidates = [target, join(target, 'index.html')];
    } catch {}
    return candidates.every((path) => within(path) && within(`${path}.br`) && within(`${path}.gz`));
  };
}

function decodedPath(path: string): string | undefined {
  try {
    return decodeURI(path);
  } catch {
    return undefined;
  }
}

export function mountStatic(app: Hono<AppEnv>, roots: StaticRoots): void {
  for (const [name, root] of Object.entries(roots) as [keyof StaticRoots, string | undefined][]) {
    if (!root) continue;
    const prefix = `/${name}`;
    const contains = insideRoot(root);
    const served = name === 'examples' ? exampleFileServed(root) : () => true;
    app.get(prefix, (c) => c.redirect(`${prefix}/`, 301));
    app.use(`${prefix}/*`, async (c, next) => {
      const relative = decodedPath(c.req.path.slice(prefix.length));
      if (relative === undefined || NOT_SERVED.test(relative) || DOTFILE.test(relative) || !served(relative) || !contains(relative)) {
        return c.notFound();
      }
      await next();
      const trustedTypes = c.req.path.startsWith('/examples/strict-csp/');
      c.res.headers.set('Content-Security-Policy', trustedTypes ? CSP + TRUSTED_TYPES : CSP);
      c.res.headers.set('X-Content-Type-Options', 'nosniff');
      // The service worker and the page must be revalidated so a new version reaches the tablet.
      if (/\/(index\.html|sw\.js)?$/.test(c.req.path)) c.res.headers.set('Cache-Control', 'no-cache');
      else if (c.res.status === 200 && HASHED_ASSET.test(c.req.path))
        c.res.headers.set('Cache-Control', 'public, max-age=31536000, immutable');
    });
    // Brotli or gzip copies made when the collector is packed (pack-front-ends.mjs) are sent to browsers that take them.
    app.use(`${prefix}/*`, serveStatic({ root, precompressed: true, rewriteRequestPath: (path) => path.slice(prefix.length) || '/' }));
  }
}
