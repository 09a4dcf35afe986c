import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { launchKioskBrowser } from '../support/browser.ts';
import { CollectorProcess, freePort } from '../support/collector-process.ts';
import { enrolKiosk, eventually, quickStation, rate, ratingsCounted, serviceWorkerReady } from '../support/kiosk.ts';

test('after the first visit the kiosk starts, opens every screen and takes ratings with no network at all', {
  timeout: 150_000,
}, async () => {
  const work = await mkdtemp(join(tmpdir(), 'manyi-e2e-'));
  const collector = new CollectorProcess(await freePort(), join(work, 'data'));
  let browser = await launchKioskBrowser(join(work, 'profile'));
  try {
    await collector.start();
    await quickStation(collector);
    const before = await ratingsCounted(collector);
    const first = browser.pages()[0] ?? (await browser.newPage());
    await enrolKiosk(first, collector);
    await serviceWorkerReady(first);
    await browser.close();

    // The hall's network is gone and the tablet was switched off and on again.
    await collector.stop();
    browser = await launchKioskBrowser(join(work, 'profile'));
    await browser.setOffline(true);
    const page = browser.pages()[0] ?? (await browser.newPage());
    const fetched: string[] = [];
    page.on('requestfinished', (request) => {
      void request.response().then((r) => {
        if (r && !r.fromServiceWorker()) fetched.push(request.url());
      });
    });
    await page.goto(`${collector.url}/kiosk/`);
    await rate(page, '非常满意');

    // The screens whose code loads on first use come from the service worker's cache too.
    await page.getByRole('button', { name: '服务承诺' }).click();
    await page.locator('manyi-commitment-board').getByRole('heading').first().waitFor();
    await page.getByRole('button', { name: '返回评价' }).click();
    await page.getByRole('button', { name: '我要投诉' }).click();
    await page.getByLabel('投诉内容').waitFor();
    await page.getByRole('button', { name: '返回评价' }).click();
    await page.getByRole('button', { name: '办事材料' }).click();
    await page.getByRole('button', { name: '居民身份证换领' }).click();
    await page.getByText('我已备好').first().waitFor();
    await page.getByRole('button', { name: '返回评价' }).click();
    await rate(page, '满意');
    await page.locator('.sync[data-pending="2"]').waitFor();
    const kioskFiles = fetched.filter((url) => new URL(url).pathname.startsWith('/kiosk/'));
    assert.deepEqual(kioskFiles, [], 'every kiosk file came from the service worker');

    // Network back: both ratings arrive, once.
    await browser.setOffline(false);
    await collector.start();
    await page.locator('.sync[data-pending="0"]').waitFor({ timeout: 60_000 });
    const overall = await eventually(
      () => ratingsCounted(collector),
      (o) => o.total >= before.total + 2,
    );
    assert.equal(overall.total, before.total + 2);
  } finally {
    await browser.close();
    await collector.stop();
    await rm(work, { recursive: true, force: true });
  }
});
