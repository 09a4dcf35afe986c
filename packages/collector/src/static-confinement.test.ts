import assert from 'node:assert/strict';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { brotliCompressSync } from 'node:zlib';
import { createApp } from './app.js';
import { hashSecret } from './credentials.js';
import { silentLogger } from './log.js';
import { SqliteStore } from './store/sqlite.js';

const SCRIPT = 'export const kiosk = "tablet";'.repeat(50);
let parent: string;
let app: ReturnType<typeof createApp>;
let store: SqliteStore;

// MANYI_KIOSK_DIR once served a data directory's admin-token: a kiosk folder beside secrets.
before(async () => {
  parent = await mkdtemp(join(tmpdir(), 'manyi-kiosk-dir-'));
  const kiosk = join(parent, 'kiosk');
  const secrets = join(parent, 'data');
  await mkdir(join(kiosk, 'assets'), { recursive: true });
  await mkdir(join(kiosk, '.git'));
  await mkdir(secrets);
  await writeFile(join(secrets, 'admin-token'), 'mat_secret\n');
  await writeFile(join(kiosk, 'index.html'), '<!doctype html><title>kiosk</title>');
  await writeFile(join(kiosk, '.admin-token'), 'mat_secret\n');
  await writeFile(join(kiosk, '.git/config'), '[core]');
  await writeFile(join(kiosk, 'assets/index-Bx7_k2Qa.js'), SCRIPT);
  await writeFile(join(kiosk, 'assets/index-Bx7_k2Qa.js.br'), brotliCompressSync(SCRIPT));
  await symlink(join(secrets, 'admin-token'), join(kiosk, 'token.txt'));
  await symlink(secrets, join(kiosk, 'data'));
  await symlink(join(kiosk, 'index.html'), join(kiosk, 'start.html'));
  store = new SqliteStore(':memory:');
  await store.migrate();
  app = createApp({ store, adminTokenHash: hashSecret('x'.repeat(32)), log: silentLogger, staticRoots: { kiosk } });
});

after(async () => {
  await store.close();
  await rm(parent, { recursive: true, force: true });
});

describe('a kiosk folder (MANYI_KIOSK_DIR)', () => {
  test('serves no dotfile and no dot-folder, however the name is spelled', async () => {
    for (const path of ['/kiosk/.admin-token', '/kiosk/%2Eadmin-token', '/kiosk/.git/config', '/kiosk/assets/../.admin-token']) {
      const response = await app.request(path);
      assert.equal(response.status, 404, path);
      assert.doesNotMatch(await response.text(), /mat_secret/, path);
    }
  });

  test('serves nothing a link leads to outside the folder; a link within it works', async () => {
    for (const path of ['/kiosk/token.txt', '/kiosk/data/admin-token', '/kiosk/data/']) {
      const response = await app.request(path);
      assert.equal(response.status, 404, path);
      assert.doesNotMatch(await response.text(), /mat_secret/, path);
    }
    assert.equal((await app.request('/kiosk/start.html')).status, 200);
  });

  test('hashed assets are cached for a year as immutable, pages are revalidated', async () => {
    const asset = await app.request('/kiosk/assets/index-Bx7_k2Qa.js');
    assert.equal(asset.headers.get('cache-control'), 'public, max-age=31536000, immutable');
    assert.equal((await app.request('/kiosk/')).headers.get('cache-control'), 'no-cache');
  });

  test('a brotli copy goes to browsers that take brotli, the plain file to the rest', async () => {
    const compressed = await app.request('/kiosk/assets/index-Bx7_k2Qa.js', { headers: { 'accept-encoding': 'gzip, br' } });
    assert.equal(compressed.headers.get('content-encoding'), 'br');
    assert.ok(Number(compressed.headers.get('content-length')) < SCRIPT.length);
    const plain = await app.request('/kiosk/assets/index-Bx7_k2Qa.js');
    assert.equal(plain.headers.get('content-encoding'), null);
    assert.equal(await plain.text(), SCRIPT);
  });
});
