import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { launchKioskBrowser } from '../support/browser.ts';
import { CollectorProcess, freePort } from '../support/collector-process.ts';
import { enrolKiosk, eventually, quickStation, rate, ratingsCounted, ratingsCountedSince } from '../support/kiosk.ts';
import { recordOutcomes, UploadWatch } from '../support/uploads.ts';

test('three taps made while the collector is down arrive exactly once after it restarts', { timeout: 120_000 }, async () => {
  const work = await mkdtemp(join(tmpdir(), 'manyi-e2e-'));
  const collector = new CollectorProcess(await freePort(), join(work, 'data'));
  const browser = await launchKioskBrowser(join(work, 'profile'));
  try {
    await collector.start();
    assert.ok(collector.announced.get('enrollment code'), 'npm start prints an enrollment code on an empty data directory');
    assert.ok(collector.announced.get('admin token'), 'npm start prints an admin token on an empty data directory');
    await quickStation(collector);
    const before = await ratingsCounted(collector);

    const page = browser.pages()[0] ?? (await browser.newPage());
    const uploads = new UploadWatch(page);
    await enrolKiosk(page, collector);
    assert.equal(new URL(page.url()).searchParams.get('enroll'), null, 'the enrollment code leaves the address bar');

    await collector.stop();
    for (const label of ['非常满意', '满意', '基本满意']) await rate(page, label);
    await page.locator('.sync[data-pending="3"]').waitFor();

    await collector.start();
    await eventually(
      () => ratingsCountedSince(collector, before),
      (o) => o.total >= 3,
      60_000,
    );
    await page.locator('.sync[data-pending="0"]').waitFor({ timeout: 30_000 });

    const overall = await ratingsCountedSince(collector, before);
    assert.equal(overall.total, 3);
    assert.deepEqual(overall.levels, { '1': 0, '2': 0, '3': 1, '4': 1, '5': 1 });

    // One more tap once all three were acknowledged: its upload must carry it alone.
    await rate(page, '满意');
    const withLast = await eventually(
      () => ratingsCountedSince(collector, before),
      (o) => o.total >= 4,
    );
    assert.equal(withLast.total, 4);
    assert.deepEqual(await uploads.resentAfterAcknowledged(), [], 'the tablet never re-sends what the collector acknowledged');
    // Nothing was sent while the collector was down, and every answer arrived: not one duplicate.
    const outcomes = await recordOutcomes(collector);
    assert.equal(outcomes.duplicate, 0, 'the collector met no duplicate');
    assert.ok(outcomes.accepted >= 4, `the collector counted the ratings it stored (${outcomes.accepted})`);
  } finally {
    await browser.close();
    await collector.stop();
    await rm(work, { recursive: true, force: true });
  }
});
