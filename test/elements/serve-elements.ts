// A loopback page for the elements: their define modules bundled the way a portal ships them,
// sample data as JSON, and response headers of the test's choosing (such as a strict CSP).
import { createServer, type OutgoingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { build } from 'esbuild';

const elements = new URL('../../packages/elements/', import.meta.url).pathname;
export const DEFINES = ['rating-pad', 'commitment-board', 'complaint-form', 'notice-checklist'] as const;

let built: Promise<string> | undefined;

/** All four define modules in one bundle with its own copy of lit, as one portal script would carry them. */
export function elementsBundle(): Promise<string> {
  built ??= bundleElements();
  return built;
}

async function bundleElements(): Promise<string> {
  const result = await build({
    stdin: { contents: DEFINES.map((d) => `import './dist/${d}/define.js';`).join('\n'), resolveDir: elements, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
  });
  const file = result.outputFiles[0];
  if (!file) throw new Error('esbuild produced no output');
  return file.text;
}

export const COMMITMENTS = [
  {
    id: 'c1-repair',
    promise: '供电故障抢修人员到达现场时间',
    limits: [{ value: 45, unit: 'minutes', measure: 'maximum', areaTier: 'urban' }],
    fees: '抢修不收取任何费用',
    hotline: '95598',
    complaintPhone: '0571-87005678',
    liability: '超时到达的，由供电所所长向用户致歉，并纳入当月考核。',
  },
];

export const SERVICE_ITEM = {
  id: 'hukou-move',
  name: '户口迁移',
  guide: {
    materials: [
      { id: 'id-card', name: '居民身份证', form: 'original-and-copy', copies: 1, issuer: '公安机关' },
      { id: 'hukou-book', name: '居民户口簿', form: 'original', copies: 1 },
    ],
    timeLimitDays: 5,
    place: '市民中心二楼 B 区',
    queryPhone: '0571-88001234',
  },
};

/** Serves `html` at `/`, the bundle at `/elements.js` and `/elements-copy.js`, and the sample data. */
export async function serveElements(html: string, headers: OutgoingHttpHeaders = {}): Promise<{ url: string; close(): Promise<void> }> {
  // The marker runs only if every define module before it evaluated without throwing.
  const script = `${await elementsBundle()}\nglobalThis.manyiBundlesLoaded = (globalThis.manyiBundlesLoaded ?? 0) + 1;`;
  const files: Record<string, [string, string]> = {
    '/': ['text/html; charset=utf-8', html],
    '/elements.js': ['text/javascript', script],
    // A second, separately bundled copy: another widget on the same portal page.
    '/elements-copy.js': ['text/javascript', script],
    '/commitments.json': ['application/json', JSON.stringify(COMMITMENTS)],
    '/service-item.json': ['application/json', JSON.stringify(SERVICE_ITEM)],
  };
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const file = files[path];
    if (path === '/favicon.ico') {
      res.writeHead(204, headers).end();
      return;
    }
    if (!file) {
      res.writeHead(404, headers).end();
      return;
    }
    res.writeHead(200, { ...headers, 'content-type': file[0] }).end(file[1]);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
