// A signed-in dashboard over a collector as `npm start` runs it, for the dashboard's browser tests.
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { axeViolations } from './axe.ts';
import { enroll, ratingBatch, upload } from './batches.ts';
import { launchKioskBrowser } from './browser.ts';
import { CollectorProcess, freePort } from './collector-process.ts';

const SHOTS = join(import.meta.dirname, '../../.test-tmp/dashboard');

export interface Run {
  collector: CollectorProcess;
  /** The tablet enrolled as "test tablet", which uploaded the 25 ratings. */
  device: { deviceId: string; token: string };
  page: Page;
  /** Content-Security-Policy violations the page reported (ECharts, Lit, the elements must cause none). */
  violations: string[];
}

/** A collector as `npm start` runs it, 25 ratings uploaded by an enrolled tablet, and a signed-in dashboard. */
export async function withDashboard(body: (run: Run) => Promise<void>): Promise<void> {
  const work = await mkdtemp(join(tmpdir(), 'manyi-dashboard-'));
  const collector = new CollectorProcess(await freePort(), join(work, 'data'));
  let browser: BrowserContext | undefined;
  try {
    await collector.start();
    const device = await enroll(collector, collector.announced.get('enrollment code') ?? '');
    await upload(collector.url, device.token, ratingBatch(device.deviceId, 25, Date.now() - 3_600_000));
    browser = await launchKioskBrowser(join(work, 'profile'));
    const page = browser.pages()[0] ?? (await browser.newPage());
    await page.setViewportSize({ width: 1280, height: 800 });
    const violations: string[] = [];
    await page.exposeFunction('reportViolation', (v: string) => violations.push(v));
    await page.addInitScript(() =>
      document.addEventListener('securitypolicyviolation', (e) =>
        (window as unknown as { reportViolation(v: string): void }).reportViolation(`${e.violatedDirective} ${e.blockedURI}`),
      ),
    );
    await page.goto(`${collector.url}/admin/`);
    await page.getByLabel('管理令牌').fill(collector.announced.get('admin token') ?? '');
    await page.getByRole('button', { name: '使用令牌登录' }).click();
    await body({ collector, device, page, violations });
  } finally {
    await browser?.close();
    await collector.stop();
    await rm(work, { recursive: true, force: true });
  }
}

/** axe-core needs its script injected, which the strict CSP refuses: check in a CSP-free copy of the same state. */
export async function axeOn(run: Run, hash: string): Promise<string[]> {
  const context = await run.page
    .context()
    .browser()
    ?.newContext({ bypassCSP: true, viewport: { width: 1280, height: 800 } });
  const page = context ? await context.newPage() : run.page;
  try {
    const token = await run.page.evaluate(() => sessionStorage.getItem('manyi-admin-token'));
    await page.goto(`${run.collector.url}/admin/`);
    await page.evaluate((t) => sessionStorage.setItem('manyi-admin-token', t ?? ''), token);
    await page.goto(`${run.collector.url}/admin/${hash}`);
    await page.locator('main h2').first().waitFor();
    await page.waitForLoadState('networkidle');
    return await axeViolations(page);
  } finally {
    await context?.close();
  }
}

export async function screenshot(page: Page, name: string): Promise<void> {
  await mkdir(SHOTS, { recursive: true });
  await page.waitForLoadState('networkidle');
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
}
