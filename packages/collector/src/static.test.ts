import assert from 'node:assert/strict';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { createApp } from './app.js';
import { hashSecret } from './credentials.js';
import { silentLogger } from './log.js';
import { SqliteStore } from './store/sqlite.js';

let examples: string;
let app: ReturnType<typeof createApp>;
let store: SqliteStore;

before(async () => {
  examples = await mkdtemp(join(tmpdir(), 'manyi-static-'));
  for (const dir of ['strict-csp', 'src', 'node_modules/lit']) await mkdir(join(examples, dir), { recursive: true });
  await writeFile(join(examples, 'index.html'), '<!doctype html><title>examples</title>');
  await writeFile(join(examples, 'strict-csp/index.html'), '<!doctype html><title>strict</title>');
  await writeFile(join(examples, 'src/main.ts'), 'export {};');
  await writeFile(join(examples, 'node_modules/lit/index.js'), 'export {};');
  await writeFile(join(examples, 'package.json'), '{}');
  store = new SqliteStore(':memory:');
  await store.migrate();
  app = createApp({ store, adminTokenHash: hashSecret('x'.repeat(32)), log: silentLogger, staticRoots: { examples } });
});

after(async () => {
  await store.close();
  await rm(examples, { recursive: true, force: true });
});

test('served pages carry the strict policy; the strict-CSP example also enforces Trusted Types', async () => {
  const index = await app.request('/examples/');
  assert.equal(index.status, 200);
  const policy = index.headers.get('content-security-policy') ?? '';
  assert.match(policy, /script-src 'self'/);
  assert.doesNotMatch(policy, /require-trusted-types-for/);
  const strict = await app.request('/examples/strict-csp/');
  assert.equal(strict.status, 200);
  assert.match(strict.headers.get('content-security-policy') ?? '', /require-trusted-types-for 'script'; trusted-types lit-html/);
});

test("the examples package's sources, dependencies and manifests are not served", async () => {
  for (const path of ['/examples/src/main.ts', '/examples/node_modules/lit/index.js', '/examples/package.json']) {
    const response = await app.request(path);
    assert.equal(response.status, 404, path);
  }
});
