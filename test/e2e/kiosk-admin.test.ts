import assert from 'node:assert/strict';
import { test } from 'node:test';
import { axeViolations } from '../support/axe.ts';
import { enrolKiosk } from '../support/kiosk.ts';
import { withKioskHall } from '../support/kiosk-hall.ts';

test('the admin area opens only with a long press and the station PIN, and shows the sync state', { timeout: 120_000 }, async () => {
  await withKioskHall(
    async ({ collector, page }) => {
      const pin = collector.announced.get('kiosk PIN');
      assert.match(pin ?? '', /^\d{6}$/, 'npm start prints the demo station kiosk PIN');
      await enrolKiosk(page, collector);
      assert.deepEqual(await axeViolations(page), [], 'rating screen');

      const sync = page.locator('.sync');
      await sync.click();
      assert.equal(await page.getByLabel('请输入管理密码').count(), 0, 'a short tap opens nothing');
      await sync.hover();
      await page.mouse.down();
      await page.waitForTimeout(2300);
      await page.mouse.up();
      await page.getByLabel('请输入管理密码').fill('999999' === pin ? '000000' : '999999');
      await page.getByRole('button', { name: '进入' }).click();
      await page.getByText('密码不正确').waitFor();
      assert.deepEqual(await axeViolations(page), [], 'PIN screen with an error');

      await page.getByLabel('请输入管理密码').fill(pin ?? '');
      await page.getByRole('button', { name: '进入' }).click();
      await page.getByRole('heading', { name: '设备管理' }).waitFor();
      const panel = (await page.locator('.admin').textContent()) ?? '';
      assert.match(panel, /示范政务服务大厅/);
      assert.match(panel, /1号窗口 综合受理/);
      assert.match(panel, /上传状态\s*空闲/);
      assert.match(panel, /待上传\s*0/);
      assert.deepEqual(await axeViolations(page), [], 'admin screen');

      await page.getByRole('button', { name: '关闭' }).click();
      await page.getByRole('button', { name: '非常满意', exact: true }).waitFor();
    },
    { bypassCSP: true },
  );
});

test('the language switch changes every label on the rating screen at once', { timeout: 60_000 }, async () => {
  await withKioskHall(
    async ({ collector, page }) => {
      await enrolKiosk(page, collector);
      await page.getByRole('button', { name: 'English' }).click();
      await page.getByRole('button', { name: 'Very satisfied', exact: true }).waitFor();
      assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
      await page.getByRole('button', { name: '繁體中文' }).click();
      await page.getByRole('button', { name: '非常滿意', exact: true }).waitFor();
      assert.deepEqual(await axeViolations(page), []);
    },
    { bypassCSP: true },
  );
});
