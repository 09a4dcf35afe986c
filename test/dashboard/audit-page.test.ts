import assert from 'node:assert/strict';
import { test } from 'node:test';
import { axeOn, screenshot, withDashboard } from '../support/dashboard.ts';

test('the audit log lists a settings change with who made it, filters, exports CSV and passes axe', { timeout: 120_000 }, async () => {
  await withDashboard(async (run) => {
    const { page, collector } = run;
    const patched = await collector.api('/api/v1/admin/stations/demo', {
      method: 'PATCH',
      admin: true,
      body: JSON.stringify({ cooldownMs: 9000 }),
    });
    assert.equal(patched.status, 200);

    await page.getByRole('link', { name: '审计日志' }).click();
    const change = page.getByRole('row', { name: /updateStation/ });
    await change.waitFor();
    assert.match((await change.textContent()) ?? '', /admin-token/);
    assert.match((await change.textContent()) ?? '', /cooldownMs: \d+ → 9000/);
    await page.getByRole('row', { name: /enrollDevice/ }).waitFor();
    await screenshot(page, 'audit');

    await page.getByLabel('操作', { exact: true }).fill('enrollDevice');
    await page.getByRole('button', { name: '筛选' }).click();
    await change.waitFor({ state: 'detached' });
    assert.match((await page.getByRole('row', { name: /enrollDevice/ }).textContent()) ?? '', /public/);

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: '导出 CSV' }).click();
    assert.equal((await download).suggestedFilename(), 'manyi-audit.csv');
    assert.deepEqual(run.violations, [], 'no Content-Security-Policy violation');
    assert.deepEqual(await axeOn(run, '#/audit'), [], 'audit');
  });
});
