import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { launchKioskBrowser } from '../support/browser.ts';
import { CollectorProcess, freePort } from '../support/collector-process.ts';
import { enrolKiosk, eventually, quickStation, rate, ratingsCounted, ratingsCountedSince } from '../support/kiosk.ts';
import { recordOutcomes, UploadWatch } from '../support/uploads.ts';

/** Waits for the tablet's next heartbeat to be stored: an upload made once everything before it was settled. */
async function laterUpload(collector: CollectorProcess): Promise<void> {
  const heartbeats = (await recordOutcomes(collector, 'heartbeat')).accepted;
  const after = await eventually(
    () => recordOutcomes(collector, 'heartbeat'),
    (o) => o.accepted > heartbeats,
    60_000,
  );
  assert.ok(after.accepted > heartbeats, 'the tablet uploaded its heartbeat');
}

test('a reload while an upload is answered leaves every rating stored exactly once', { timeout: 120_000 }, async () => {
  const work = await mkdtemp(join(tmpdir(), 'manyi-e2e-'));
  const collector = new CollectorProcess(await freePort(), join(work, 'data'));
  const browser = await launchKioskBrowser(join(work, 'profile'));
  try {
    await collector.start();
    await quickStation(collector);
    const before = await ratingsCounted(collector);
    const page = browser.pages()[0] ?? (await browser.newPage());
    const uploads = new UploadWatch(page);
    await enrolKiosk(page, collector);

    // The collector stores the first batch, but its answer is held until the page has gone and
    // then dropped; every later request goes through untouched.
    let stored!: (records: number) => void;
    const batchStored = new Promise<number>((resolve) => {
      stored = resolve;
    });
    let drop!: () => void;
    const dropped = new Promise<void>((resolve) => {
      drop = resolve;
    });
    let held = false;
    await page.route('**/api/v1/records/batch', async (route) => {
      if (held) return route.continue();
      held = true;
      await route.fetch();
      stored((route.request().postDataJSON() as { records: unknown[] }).records.length);
      await dropped;
      await route.abort().catch(() => {});
    });
    await rate(page, '满意');
    await rate(page, '非常满意');
    const unanswered = await batchStored;
    await page.reload();
    drop();

    await page.locator('.sync[data-pending="0"]').waitFor({ timeout: 30_000 });
    const overall = await eventually(
      () => ratingsCountedSince(collector, before),
      (o) => o.total >= 2,
    );
    assert.equal(overall.total, 2);

    // The tablet's next upload (its heartbeat, 10 s after the page loaded) comes after all were acknowledged.
    await laterUpload(collector);
    assert.deepEqual(await uploads.resentAfterAcknowledged(), [], 'the tablet never re-sends what the collector acknowledged');
    // The batch whose answer the reload cut off is the only one that may come twice: the tablet
    // never heard it was stored, so it rightly sent it again, and the collector said `duplicate`.
    assert.equal((await recordOutcomes(collector)).duplicate, unanswered, 'duplicates only for the batch whose answer was lost');
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
    const uploads = new UploadWatch(again);
    await again.goto(`${collector.url}/kiosk/`);
    const overall = await eventually(
      () => ratingsCountedSince(collector, before),
      (o) => o.total >= 1,
    );
    assert.equal(overall.total, 1);
    assert.equal(overall.levels['5'], 1);

    await laterUpload(collector);
    assert.deepEqual(await uploads.resentAfterAcknowledged(), [], 'the relaunched tablet never re-sends what was acknowledged');
    // Every upload before the kill was cut off before it reached the collector: nothing to meet twice.
    assert.equal((await recordOutcomes(collector)).duplicate, 0, 'the collector met no duplicate');
  } finally {
    await browser.close().catch(() => {});
    await collector.stop();
    await rm(work, { recursive: true, force: true });
  }
});
