// The station's own set-up in the dashboard: its tablets (listed by name and window, revoked,
// enrolled by QR code), its settings and kiosk PIN, its windows and staff — each change seen by the
// tablet on its next config refresh.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { type RatingRecord, uuidv7 } from '@manyi/core';
import { ratingBatch, upload } from '../support/batches.ts';
import { axeOn, screenshot, withDashboard } from '../support/dashboard.ts';

test('revoke a tablet after confirming, and enrol a new one by QR code', { timeout: 120_000 }, async () => {
  await withDashboard(async (run) => {
    const { page } = run;
    // The tablet says which window it stands at in its heartbeat: the list names it, not its UUID.
    const at = new Date().toISOString();
    const beat = { id: uuidv7(Date.now()), kind: 'heartbeat', createdAt: at, stationId: 'demo', channel: 'device', windowId: 'w02' };
    const health = {
      pending: 0,
      quarantined: 0,
      oldestPendingAt: null,
      lastSuccessAt: null,
      persisted: true,
      storageUsage: null,
      storageQuota: null,
    };
    await upload(run.collector.url, run.device.token, {
      deviceId: run.device.deviceId,
      sentAt: at,
      records: [{ ...beat, ...health, appVersion: 'test' } as unknown as RatingRecord],
    });
    await page.getByRole('link', { name: '评价器' }).click();
    await page.getByRole('cell', { name: '在用' }).waitFor();
    await page
      .getByRole('row', { name: /test tablet/ })
      .getByRole('cell', { name: '2号窗口 户籍业务' })
      .waitFor();
    assert.equal(await page.getByText(run.device.deviceId).count(), 0, 'no tablet is listed by its UUID');
    await page.getByRole('button', { name: '生成登记码' }).click();
    await page.getByRole('img', { name: /生成登记码: / }).waitFor();
    const code = (await page.locator('[data-code]').textContent()) ?? '';
    assert.match(code, /\S{6,}/);
    await screenshot(page, 'devices');
    assert.deepEqual(await axeOn(run, '#/devices'), [], 'devices');
    const asTablet = () =>
      fetch(`${run.collector.url}/api/v1/devices/me/config`, { headers: { authorization: `Bearer ${run.device.token}` } });
    assert.equal((await asTablet()).status, 200, 'the tablet is served before it is revoked');
    // Station settings: the tablet's next config refresh carries them.
    await page.getByRole('link', { name: '站点设置' }).click();
    const settings = page.getByRole('form', { name: '站点设置' });
    await settings.getByLabel('评价等级').selectOption('3');
    await settings.getByLabel('感谢页停留（秒）').fill('5');
    await settings.getByLabel('新的评价器管理 PIN').fill('24680');
    await settings.getByRole('button', { name: '保存设置' }).click();
    await page.getByText('设置已保存').waitFor();
    const config = (await (await asTablet()).json()) as { station: { scale: number; thankYouMs: number } };
    assert.deepEqual([config.station.scale, config.station.thankYouMs], [3, 5000]);
    assert.equal(await settings.getByLabel('新的评价器管理 PIN').inputValue(), '', 'the PIN is not shown again');
    assert.deepEqual(await axeOn(run, '#/settings'), [], 'settings');
    // A new window and a staff member with 工号 at it: on the tablet's next config refresh.
    await page.getByRole('link', { name: '窗口与人员' }).click();
    const windowForm = page.getByRole('form', { name: '添加或修改窗口' });
    await windowForm.getByLabel(/^编号/).fill('w09');
    await windowForm.getByLabel('窗口名称').fill('9号窗口 综合咨询');
    await windowForm.getByRole('button', { name: '保存' }).click();
    await page.getByRole('rowheader', { name: '9号窗口 综合咨询' }).waitFor();
    const staffForm = page.getByRole('form', { name: '添加或修改工作人员' });
    await staffForm.getByLabel(/^编号/).fill('s-zhao');
    await staffForm.getByLabel('姓名').fill('赵敏');
    await staffForm.getByLabel('工号').fill('A-0099');
    await staffForm.getByLabel('窗口').selectOption('w09');
    await staffForm.getByRole('button', { name: '保存' }).click();
    await page.getByRole('rowheader', { name: '赵敏' }).waitFor();
    const hall = (await (await asTablet()).json()) as {
      windows: { id: string }[];
      staff: { id: string; number?: string; windowId?: string }[];
    };
    assert.ok(hall.windows.some((w) => w.id === 'w09'));
    assert.deepEqual(
      hall.staff.find((s) => s.id === 's-zhao'),
      { id: 's-zhao', name: '赵敏', number: 'A-0099', windowId: 'w09' },
    );
    assert.deepEqual(await axeOn(run, '#/hall'), [], 'windows and staff');
    await page.getByRole('link', { name: '评价器' }).click();
    await page.getByRole('button', { name: '停用 test tablet' }).click();
    await page.getByText('停用“test tablet”后').waitFor();
    await page.getByRole('group', { name: '停用' }).getByRole('button', { name: '停用' }).click();
    await page.getByRole('cell', { name: '已停用' }).waitFor();
    assert.equal((await asTablet()).status, 401, 'the revoked tablet is refused its settings');
    const batch = await fetch(`${run.collector.url}/api/v1/records/batch`, {
      method: 'POST',
      headers: { authorization: `Bearer ${run.device.token}`, 'content-type': 'application/json' },
      body: JSON.stringify(ratingBatch(run.device.deviceId, 1)),
    });
    assert.equal(batch.status, 401, 'the revoked tablet can upload nothing more');
    const enrolled = await run.collector.api('/api/v1/devices/enroll', { method: 'POST', body: JSON.stringify({ code }) });
    assert.equal(enrolled.status, 201, 'the code shown enrols a tablet');
    assert.deepEqual(run.violations, []);
  });
});
