import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { launchKioskBrowser } from '../support/browser.ts';
import { CollectorProcess, freePort } from '../support/collector-process.ts';

interface Stats {
  overall: { total: number; levels: Record<string, number> };
}

test('three taps made while the collector is down arrive exactly once after it restarts', { timeout: 120_000 }, async () => {
  const work = await mkdtemp(join(tmpdir(), 'manyi-e2e-'));
  const collector = new CollectorProcess(await freePort(), join(work, 'data'));
  const browser = await launchKioskBrowser(join(work, 'profile'));
  try {
    await collector.start();
    const code = collector.announced.get('enrollment code');
    assert.ok(code, 'npm start prints an enrollment code on an empty data directory');
    assert.ok(collector.announced.get('admin token'), 'npm start prints an admin token on an empty data directory');
    // A short thank-you and no cooldown, so three visitors can rate in quick succession.
    const patched = await collector.api('/api/v1/admin/stations/demo', {
      method: 'PATCH',
      admin: true,
      body: JSON.stringify({ thankYouMs: 300, cooldownMs: 0 }),
    });
    assert.equal(patched.status, 200);

    const page = browser.pages()[0] ?? (await browser.newPage());
    await page.goto(`${collector.url}/kiosk/?enroll=${code}`);
    await page.getByRole('button', { name: '1号窗口 综合受理' }).click();
    await page.getByRole('button', { name: '非常满意', exact: true }).waitFor();
    assert.equal(new URL(page.url()).searchParams.get('enroll'), null, 'the enrollment code leaves the address bar');

    await collector.stop();
    for (const label of ['非常满意', '满意', '基本满意']) {
      await page.getByRole('button', { name: label, exact: true }).click();
      await page.getByText('感谢您的评价！').waitFor();
      await page.getByRole('button', { name: label, exact: true }).waitFor();
    }
    await page.locator('.sync[data-pending="3"]').waitFor();

    await collector.start();
    const arrived = async () => (await collector.api<Stats>('/api/v1/admin/stats?station=demo', { admin: true })).body.overall;
    const deadline = Date.now() + 60_000;
    while ((await arrived()).total < 3 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 250));
    await page.locator('.sync[data-pending="0"]').waitFor({ timeout: 30_000 });

    const overall = await arrived();
    assert.equal(overall.total, 3);
    assert.deepEqual(overall.levels, { '1': 0, '2': 0, '3': 1, '4': 1, '5': 1 });
  } finally {
    await browser.close();
    await collector.stop();
    await rm(work, { recursive: true, force: true });
  }
});
