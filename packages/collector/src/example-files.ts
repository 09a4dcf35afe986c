import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { StaticRoots } from './static.js';

/**
 * Which files of the examples folder a browser may fetch. The folder is a workspace package in a
 * checkout, served on the product's own origin: only the pages and what they load go out. An
 * example that Vite builds (a folder with its own package.json) is served from its `dist/` alone,
 * so its sources, its unbuilt page and its configuration stay home; source maps and documents never go.
 */
const SERVED_TYPE = /\.(html|js|css|svg|png|ico|json)$/;
const NOT_SERVED = /\.map$|(^|\/)(package|tsconfig[^/]*|biome|jsconfig)\.json$|(^|\/)(node_modules|src|public)\//;
// A mock service worker only where a built demo registers it: its scope is that folder, never the product's pages.
const MOCK_WORKER = /(^|\/)mockServiceWorker\.js$/;

/** Whether `relative` (`/plain-html/portal.js`, `/react/dist/`) is part of a built example page. */
export function exampleFileServed(root: string): (relative: string) => boolean {
  const builtApps = new Set(
    readdirSync(root, { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && existsSync(join(root, entry.name, 'package.json')))
      .map((entry) => entry.name),
  );
  return (relative) => {
    const [, top = '', below = ''] = /^\/([^/]*)\/?(.*)$/.exec(relative) ?? [];
    if (builtApps.has(top) && !below.startsWith('dist/') && below !== 'dist') return false;
    const folder = relative === '' || relative.endsWith('/') || existsSync(join(root, relative, 'index.html'));
    const file = folder ? `${relative.replace(/\/$/, '')}/index.html` : relative;
    if (MOCK_WORKER.test(file)) return /^\/[^/]+\/dist\/mockServiceWorker\.js$/.test(file);
    return SERVED_TYPE.test(file) && !NOT_SERVED.test(file);
  };
}

/** The front ends a start serves: a production start (MANYI_DEMO=false) serves no examples at all. */
export function rootsForStart(roots: StaticRoots, demo: boolean): StaticRoots {
  const { examples, ...apps } = roots;
  return demo ? roots : apps;
}
