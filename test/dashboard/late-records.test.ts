import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ratingBatch, ratingsCounted, upload } from '../support/batches.ts';
import { axeOn, screenshot, withDashboard } from '../support/dashboard.ts';

const DAY_MS = 86_400_000;

test('ratings a tablet delivers 45 days late wait for review, listed with the tablet and how late; accepted ones count', {
  timeout: 120_000,
}, async () => {
  await withDashboard(async (run) => {
    const { page, collector, device } = run;
    // A tablet offline for weeks: ratings made 45 days ago, sent now.
    const backlog = { ...ratingBatch(device.deviceId, 2, Date.now() - 45 * DAY_MS), sentAt: new Date().toISOString() };
    for (const r of backlog.records) r.windowId = 'w02';
    const before = await ratingsCounted(collector);
    await upload(collector.url, device.token, backlog);
    assert.equal(await ratingsCounted(collector), before, 'late ratings count nowhere until reviewed');

    await page.getByRole('link', { name: '迟到记录' }).click();
    await page.getByRole('heading', { name: '迟到记录' }).waitFor();
    const rows = page.locator('tbody tr', { hasText: 'test tablet' });
    await rows.first().waitFor();
    assert.equal(await rows.count(), 2);
    assert.equal(await rows.getByText('待审核').count(), 2);
    assert.match((await rows.first().textContent()) ?? '', /4[45] 天/, 'how late, in days');
    await page.getByText('站点：demo').waitFor();
    await screenshot(page, 'late');
    assert.deepEqual(await axeOn(run, '#/late'), [], 'late');

    await rows.first().getByRole('button', { name: '计入统计', exact: true }).click();
    await rows.first().getByText('已计入').waitFor();
    assert.equal(await ratingsCounted(collector), before + 1, 'the accepted rating counts');
    await rows.nth(1).getByRole('button', { name: '不计入统计', exact: true }).click();
    await rows.nth(1).getByText('不计入', { exact: true }).waitFor();

    // What the page shows comes from the collector, so it holds after a reload.
    await page.reload();
    await rows.first().waitFor();
    assert.equal(await rows.getByText('已计入').count(), 1);
    assert.equal(await rows.getByRole('button', { name: '不计入统计', exact: true }).count(), 1, 'an acceptance can be taken back');
    assert.deepEqual(run.violations, []);
  });
});
