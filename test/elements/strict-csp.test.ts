import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { launchKioskBrowser } from '../support/browser.ts';
import { serveElements } from './serve-elements.ts';

// The tightest policy Lit allows: no inline script or style, no eval, and Trusted Types required
// for every script sink. Lit names its one policy "lit-html"; a second copy of Lit on the page
// makes a second policy of that name, hence 'allow-duplicates'.
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "require-trusted-types-for 'script'",
  "trusted-types lit-html 'allow-duplicates'",
].join('; ');

const PAGE = (scripts: string[]) => `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>strict CSP</title>
${scripts.map((s) => `<script type="module" src="${s}"></script>`).join('\n')}
</head><body>
<manyi-rating-pad station="hall-1" window="w01"></manyi-rating-pad>
<manyi-commitment-board src="/commitments.json"></manyi-commitment-board>
<manyi-complaint-form station="hall-1" window="w01"></manyi-complaint-form>
<manyi-notice-checklist src="/service-item.json"></manyi-notice-checklist>
</body></html>`;

async function openPage(scripts: string[]) {
  const server = await serveElements(PAGE(scripts), { 'content-security-policy': CSP });
  const profile = await mkdtemp(join(tmpdir(), 'manyi-csp-'));
  const browser = await launchKioskBrowser(profile);
  const page = browser.pages()[0] ?? (await browser.newPage());
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  // Listening before any script runs, so no violation can slip by unseen.
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { violations: string[] }).violations = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`));
  });
  await page.goto(server.url);
  await page.waitForFunction(() =>
    ['manyi-rating-pad', 'manyi-commitment-board', 'manyi-complaint-form', 'manyi-notice-checklist'].every((t) => customElements.get(t)),
  );
  return {
    page,
    problems,
    violations: () => page.evaluate(() => (window as unknown as { violations: string[] }).violations),
    async close() {
      await browser.close();
      await server.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

test('all four elements render and respond under a strict CSP with Trusted Types, without one violation', { timeout: 90_000 }, async () => {
  const { page, problems, violations, close } = await openPage(['/elements.js']);
  try {
    // Rendering: each shows its zh-CN text, so templates and adopted stylesheets got through.
    await page.locator('manyi-rating-pad').getByRole('button', { name: '非常满意' }).waitFor();
    await page.locator('manyi-commitment-board').getByText('供电故障抢修人员到达现场时间').waitFor();
    await page.locator('manyi-notice-checklist').getByText('居民户口簿').first().waitFor();
    const faceSize = await page
      .locator('manyi-rating-pad')
      .getByRole('button', { name: '非常满意' })
      .evaluate((b) => b.getBoundingClientRect().height);
    assert.ok(faceSize >= 48, `styles applied: a face is ${faceSize}px tall`);

    // Interaction: a rating thanks the visitor (only events, no sink), a bad review asks why.
    const rated = page.evaluate(
      () =>
        new Promise<number>((r) =>
          document.addEventListener('manyi-rated', (e) => r((e as CustomEvent).detail.record.level), { once: true }),
        ),
    );
    await page.locator('manyi-rating-pad').getByRole('button', { name: '满意', exact: true }).click();
    assert.equal(await rated, 4);
    await page.locator('manyi-rating-pad').getByText('感谢您的评价！').waitFor();

    // The complaint form refuses an empty description with its error summary.
    const form = page.locator('manyi-complaint-form');
    await form.getByRole('button', { name: /提交/ }).first().click();
    await form.getByRole('alert').first().waitFor();

    // The checklist ticks a material and says what is still missing.
    await page.locator('manyi-notice-checklist').getByRole('checkbox').first().check();
    assert.equal(await page.locator('manyi-notice-checklist').getByRole('checkbox').first().isChecked(), true);

    assert.deepEqual(await violations(), [], 'no securitypolicyviolation');
    assert.deepEqual(problems, [], 'no errors on the page');

    // And the policy was really in force: a plain string into innerHTML is refused.
    const refused = await page.evaluate(() => {
      try {
        document.createElement('div').innerHTML = '<b>x</b>';
        return false;
      } catch {
        return true;
      }
    });
    assert.equal(refused, true, 'Trusted Types are enforced on this page');
  } finally {
    await close();
  }
});

test('two copies of the define modules on one page register each tag once and do not throw', { timeout: 90_000 }, async () => {
  const { page, problems, violations, close } = await openPage(['/elements.js', '/elements-copy.js']);
  try {
    await page.locator('manyi-rating-pad').getByRole('button', { name: '非常满意' }).waitFor();
    // Both bundles ran to their last line: a define that threw would stop its bundle short.
    await page.waitForFunction(() => (globalThis as { manyiBundlesLoaded?: number }).manyiBundlesLoaded === 2);
    await page.locator('manyi-rating-pad').getByRole('button', { name: '满意', exact: true }).click();
    await page.locator('manyi-rating-pad').getByText('感谢您的评价！').waitFor();
    assert.deepEqual(await violations(), [], 'no securitypolicyviolation');
    assert.deepEqual(problems, [], 'no errors on the page');
  } finally {
    await close();
  }
});
