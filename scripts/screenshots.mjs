// `node scripts/screenshots.mjs`: PNGs of every element in zh-CN and en, light and dark, in
// .test-tmp/screenshots/, for a person to look at before a release (clipped CJK text, overflow,
// contrast, dark-scheme colours). Needs `pnpm run build:all` first.
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { serveElements } from '../test/elements/serve-elements.ts';
import { findBrowser } from './find-browser.mjs';

const out = new URL('../.test-tmp/screenshots/', import.meta.url).pathname;

/** Each shot: the element's markup, and what to do on the page before taking it. */
const SHOTS = [
  { name: 'rating-pad', html: '<manyi-rating-pad station="hall-1" window="w01"></manyi-rating-pad>' },
  {
    name: 'rating-pad-reason',
    html: '<manyi-rating-pad station="hall-1" window="w01"></manyi-rating-pad>',
    act: (el) => el.locator('button.level-1').click(),
  },
  { name: 'rating-pad-bad-setup', html: '<manyi-rating-pad station="hall 1"></manyi-rating-pad>' },
  { name: 'commitment-board', html: '<manyi-commitment-board src="/commitments.json"></manyi-commitment-board>' },
  {
    name: 'commitment-board-signage',
    html: '<manyi-commitment-board mode="signage" src="/commitments.json"></manyi-commitment-board>',
  },
  { name: 'commitment-board-bad-data', html: '<manyi-commitment-board src="/nowhere.json"></manyi-commitment-board>' },
  { name: 'complaint-form', html: '<manyi-complaint-form station="hall-1" window="w01"></manyi-complaint-form>' },
  {
    name: 'complaint-form-errors',
    html: '<manyi-complaint-form station="hall-1" window="w01"></manyi-complaint-form>',
    act: async (el) => {
      await el.locator('button[type=submit], button.primary').first().click();
      await el.getByRole('alert').first().waitFor();
    },
  },
  { name: 'notice-checklist', html: '<manyi-notice-checklist src="/service-item.json"></manyi-notice-checklist>' },
  {
    name: 'notice-checklist-clerk',
    html: '<manyi-notice-checklist mode="clerk" station="hall-1" window="w03" staff="s07" tracking-node="17" src="/service-item.json"></manyi-notice-checklist>',
  },
];

await mkdir(out, { recursive: true });
/** A fresh browser per element: a long run on a busy machine should not hang on one lost tab. */
async function withPage(use) {
  const profile = await mkdtemp(join(tmpdir(), 'manyi-shots-'));
  const browser = await chromium.launchPersistentContext(profile, {
    executablePath: findBrowser(),
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run'],
    viewport: { width: 1024, height: 768 },
    deviceScaleFactor: 1,
  });
  try {
    await use(browser.pages()[0] ?? (await browser.newPage()));
  } finally {
    await browser.close();
    await rm(profile, { recursive: true, force: true });
  }
}

const only = process.argv.slice(2);
let taken = 0;
for (const shot of SHOTS.filter((s) => only.length === 0 || only.some((o) => s.name.startsWith(o)))) {
  for (const lang of ['zh-CN', 'en']) {
    const server = await serveElements(
      `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="color-scheme" content="light dark">
      <script type="module" src="/elements.js"></script></head><body>${shot.html}</body></html>`,
    );
    await withPage(async (page) => {
      for (const colorScheme of ['light', 'dark']) {
        await page.emulateMedia({ colorScheme });
        await page.goto(server.url, { timeout: 30_000 });
        const el = page.locator('body > *').first();
        await page.waitForFunction(() => document.querySelector('body > *')?.shadowRoot?.childElementCount, null, { timeout: 20_000 });
        await page.waitForTimeout(300);
        if (shot.act) await shot.act(el);
        await page.waitForTimeout(200);
        const file = `${shot.name}.${lang}.${colorScheme}.png`;
        await el.screenshot({ path: join(out, file), animations: 'disabled', timeout: 20_000 });
        console.log(file);
        taken++;
      }
    });
    await server.close();
  }
}
console.log(`${taken} screenshots in ${out}`);
