import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { launchKioskBrowser } from '../support/browser.ts';
import { CollectorProcess, freePort } from '../support/collector-process.ts';
import { enrolKiosk, eventually, quickStation, rate, ratingsCounted, ratingsCountedSince } from '../support/kiosk.ts';

test('a reload while an upload is answered leaves every rating stored exactly once', { timeout: 120_000 }, async () => {
  const work = await mkdtemp(join(tmpdir(), 'manyi-e2e-'));
  const collector = new CollectorProcess(await freePort(), join(work, 'data'));
  const browser = await launchKioskBrowser(join(work, 'profile'));
  try {
    await collector.start();
    await quickStation(collector);
    const before = await ratingsCounted(collector);
    const page = browser.pages()[0] ?? (await browser.newPage());
    await enrolKiosk(page, collector);

    // The collector stores the batch, but its answer is held until the page has gone.
    let stored!: () => void;
    const batchStored = new Promise<void>((resolve) => {
      stored = resolve;
    });
    await page.route('**/api/v1/records/batch', async (route) => {
      await route.fetch();
      stored();
      await new Promise(() => {});
    });
    await rate(page, '满意');
    await rate(page, '非常满意');
    await batchStored;
    await page.unrouteAll({ behavior: 'ignoreErrors' });
    await page.reload();

    await page.locator('.sync[data-pending="0"]').waitFor({ timeout: 30_000 });
    const overall = await eventually(
      () => ratingsCountedSince(collector, before),
      (o) => o.total >= 2,
    );
    assert.equal(overall.total, 2);
  } finally {
    await browser.close();
    await collector.stop();
    await rm(work, { recursive: true, force: true });
  }
});

test('a rating thanked just before the browser was killed is sent after it is relaunched', { timeout: 120_000 }, async () => {
  const work = await mkdtemp(join(tmpdir(), 'manyi-e2e-'));
  const collector = new CollectorProcess(await freePort(), join(work, 'data'));
  let browser = await launchKioskBrowser(join(work, 'profile'));
  try {
    await collector.start();
    await quickStation(collector);
    const before = await ratingsCounted(collector);
    const page = browser.pages()[0] ?? (await browser.newPage());
    await enrolKiosk(page, collector);
    // Nothing may leave the tablet before the kill: only IndexedDB can carry the rating over.
    await page.route('**/api/v1/records/batch', (route) => route.abort());
    await rate(page, '非常满意');
    await page.locator('.sync[data-pending="1"]').waitFor();
    assert.equal((await ratingsCountedSince(collector, before)).total, 0, 'the rating is still only on the tablet');
    // Like pulling the plug: every Chromium process of this profile dies at once, no clean shutdown.
    const closed = new Promise<void>((resolve) => browser.once('close', () => resolve()));
    const kill = spawnSync('pkill', ['-KILL', '-f', join(work, 'profile')]);
    assert.equal(kill.error, undefined, 'pkill ran');
    assert.equal(kill.status, 0, 'pkill found the browser to kill');
    await closed;

    browser = await launchKioskBrowser(join(work, 'profile'));
    const again = browser.pages()[0] ?? (await browser.newPage());
    await again.goto(`${collector.url}/kiosk/`);
    const overall = await eventually(
      () => ratingsCountedSince(collector, before),
      (o) => o.total >= 1,
    );
    assert.equal(overall.total, 1);
    assert.equal(overall.levels['5'], 1);
  } finally {
    await browser.close().catch(() => {});
    await collector.stop();
    await rm(work, { recursive: true, force: true });
  }
});
