// The docs site (packages/elements: `pnpm run build:docs`): built from custom-elements.json, a
// page per element naming every attribute, property, event with its detail type, part and custom
// property; no inline script; served by the collector at /docs/ under its strict CSP, where the
// live example runs and its attribute editors change it.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { silentLogger, startCollector } from '@manyi/collector';
import { launchKioskBrowser } from '../support/browser.ts';

const elements = fileURLToPath(new URL('../../packages/elements/', import.meta.url));

interface Named {
  name: string;
  type?: { text: string };
  kind?: string;
  privacy?: string;
  static?: boolean;
}
interface Declaration {
  tagName?: string;
  attributes?: Named[];
  members?: Named[];
  events?: Named[];
  cssParts?: Named[];
  cssProperties?: Named[];
  slots?: Named[];
}

let out = '';
let declarations: Declaration[] = [];

before(async () => {
  out = await mkdtemp(join(tmpdir(), 'manyi-docs-'));
  const built = spawnSync(process.execPath, [join(elements, 'scripts/build-docs.mjs'), out], { encoding: 'utf8' });
  assert.equal(built.status, 0, built.stderr);
  const manifest = JSON.parse(await readFile(join(elements, 'custom-elements.json'), 'utf8')) as {
    modules: { declarations?: Declaration[] }[];
  };
  declarations = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName);
});
after(() => rm(out, { recursive: true, force: true }));

const escaped = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

test('each element has a page naming every attribute, property, event with its detail type, slot, part and custom property', async () => {
  assert.equal(declarations.length, 5);
  const index = await readFile(join(out, 'index.html'), 'utf8');
  for (const d of declarations) {
    const tag = d.tagName ?? '';
    assert.ok(index.includes(`href="${tag}.html"`), `index links ${tag}`);
    const page = await readFile(join(out, `${tag}.html`), 'utf8');
    const named = (what: string, name: string) => assert.ok(page.includes(`<code>${escaped(name)}</code>`), `${tag}: ${what} ${name}`);
    for (const a of d.attributes ?? []) {
      named('attribute', a.name);
      assert.ok(page.includes(`data-attribute="${a.name}"`), `${tag}: an editor for ${a.name}`);
    }
    const properties = (d.members ?? []).filter(
      (m) => m.kind === 'field' && !m.name.startsWith('#') && !m.static && !m.privacy?.match(/private|protected/),
    );
    for (const p of properties) named('property', p.name);
    for (const e of d.events ?? []) {
      named('event', e.name);
      named(`detail type of ${e.name}:`, e.type?.text ?? '');
    }
    for (const s of d.slots ?? []) named('slot', s.name || '(default)');
    for (const p of d.cssParts ?? []) named('part', p.name);
    for (const p of d.cssProperties ?? []) named('custom property', p.name);
    // CSP-friendly: scripts only by src (the example's data is a JSON block), no handler attributes.
    for (const script of page.match(/<script\b[^>]*>/g) ?? [])
      assert.match(script, /\ssrc="[^"]+"|type="application\/json"/, `${tag}: ${script}`);
    assert.doesNotMatch(page, /\son[a-z]+=/i, `${tag}: an inline event handler`);
  }
});

test('the collector serves the docs at /docs/; the live example runs and its editors change it, under the strict CSP', {
  timeout: 60_000,
}, async () => {
  const dataDir = await mkdtemp(join(tmpdir(), 'manyi-docs-data-'));
  const collector = await startCollector(
    { port: 0, host: '127.0.0.1', dataDir, demo: false, adminToken: 'docs-test-admin-token-0123456789' },
    { staticRoots: { docs: out }, log: silentLogger, announce: () => undefined },
  );
  const url = collector.url;
  const profile = await mkdtemp(join(tmpdir(), 'manyi-docs-browser-'));
  const browser = await launchKioskBrowser(profile);
  try {
    const index = await fetch(`${url}/docs/`);
    assert.equal(index.status, 200);
    assert.match(index.headers.get('content-security-policy') ?? '', /script-src 'self'/);
    const page = browser.pages()[0] ?? (await browser.newPage());
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });
    await page.goto(`${url}/docs/manyi-rating-pad.html`);
    const pad = page.locator('manyi-rating-pad');
    await pad.getByRole('button', { name: '非常满意' }).waitFor();
    await page.getByLabel('scale').selectOption('3');
    await pad.locator('[part~="face"]').nth(2).waitFor();
    await page.waitForFunction(
      () => document.querySelector('manyi-rating-pad')?.shadowRoot?.querySelectorAll('[part~="face"]').length === 3,
    );
    await page.getByLabel('lang', { exact: true }).selectOption('en');
    await pad.getByRole('button', { name: 'Satisfied', exact: true }).click();
    await page.locator('.event-log', { hasText: 'manyi-rated' }).waitFor();
    // The board's example gets its results by property from the page's JSON block.
    await page.goto(`${url}/docs/manyi-satisfaction-board.html`);
    await page.locator('manyi-satisfaction-board').getByText('2号窗口 不动产登记').waitFor();
    assert.deepEqual(problems, []);
  } finally {
    await browser.close();
    await collector.close();
    await rm(profile, { recursive: true, force: true });
    await rm(dataDir, { recursive: true, force: true });
  }
});
