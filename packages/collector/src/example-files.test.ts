/**
 * The collector serves /examples/ on the product's own origin, so only built example pages go out:
 * no dotfiles, sources, configuration, documents, source maps, unbuilt pages or a mock service
 * worker outside the built demo that registers it. A production start serves no examples at all.
 */
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { createApp } from './app.js';
import { hashSecret } from './credentials.js';
import { silentLogger } from './log.js';
import { startCollector } from './server.js';
import { SqliteStore } from './store/sqlite.js';

/** The examples folder as a checkout holds it after `pnpm run build:all`. */
const FILES = {
  served: [
    'index.html',
    'index.js',
    'portal.css',
    'portal-host.js',
    'favicon.svg',
    'data/commitments.json',
    'vendor/manyi-elements.js',
    'vendor/custom-elements.json',
    'plain-html/index.html',
    'plain-html/portal.js',
    'react/dist/index.html',
    'react/dist/assets/index-DaRzwnBR.js',
    'react/dist/assets/index-BxWFXfey.css',
    'demo-msw/dist/index.html',
    'demo-msw/dist/mockServiceWorker.js',
  ],
  refused: [
    '.gitignore',
    'README.md',
    'package.json',
    'vendor-bundle.mjs',
    'vendor/manyi-elements.js.map',
    'plain-html/README.md',
    'react/index.html',
    'react/package.json',
    'react/tsconfig.json',
    'react/vite.config.ts',
    'react/src/main.tsx',
    'react/dist/assets/index-DaRzwnBR.js.map',
    'demo-msw/biome.json',
    'demo-msw/public/mockServiceWorker.js',
    'demo-msw/src/handlers.ts',
    'mockServiceWorker.js',
  ],
};

/** Requests as a browser writes them: a folder's page by its folder. */
const asRequested = (file: string) => `/examples/${file.replace(/index\.html$/, '')}`;

let examples: string;
before(async () => {
  examples = await mkdtemp(join(tmpdir(), 'manyi-example-files-'));
  for (const file of [...FILES.served, ...FILES.refused]) {
    await mkdir(dirname(join(examples, file)), { recursive: true });
    await writeFile(join(examples, file), file.endsWith('.json') ? '{}' : `/* ${file} */`);
  }
  for (const app of ['react', 'demo-msw']) await writeFile(join(examples, app, 'package.json'), '{}');
});
after(() => rm(examples, { recursive: true, force: true }));

describe('/examples/ on the collector', () => {
  test('serves the built pages and what they load, and nothing else of the examples package', async () => {
    const store = new SqliteStore(':memory:');
    await store.migrate();
    try {
      const app = createApp({ store, adminTokenHash: hashSecret('x'.repeat(32)), log: silentLogger, staticRoots: { examples } });
      for (const file of FILES.served) assert.equal((await app.request(asRequested(file))).status, 200, `${file} is served`);
      for (const file of FILES.refused) assert.equal((await app.request(asRequested(file))).status, 404, `${file} is not served`);
      const worker = await app.request('/examples/demo-msw/dist/mockServiceWorker.js');
      assert.equal(worker.headers.get('service-worker-allowed'), null, "the demo's worker cannot widen its scope");
    } finally {
      await store.close();
    }
  });

  test('a production start (MANYI_DEMO=false) serves no examples, though it finds them', async () => {
    const work = await mkdtemp(join(tmpdir(), 'manyi-example-prod-'));
    const start = (demo: boolean) =>
      startCollector(
        { port: 0, host: '127.0.0.1', dataDir: join(work, String(demo)), demo },
        { log: silentLogger, announce: () => {}, staticRoots: { examples } },
      );
    try {
      for (const demo of [true, false]) {
        const collector = await start(demo);
        try {
          const page = await fetch(`${collector.url}/examples/plain-html/`);
          assert.equal(page.status, demo ? 200 : 404, demo ? 'a demo start serves the examples' : 'a production start does not');
        } finally {
          await collector.close();
        }
      }
    } finally {
      await rm(work, { recursive: true, force: true });
    }
  });
});
