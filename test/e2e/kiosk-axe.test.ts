import assert from 'node:assert/strict';
import { test } from 'node:test';
import { axeViolations } from '../support/axe.ts';
import { openAdminPin, patchStation } from '../support/kiosk.ts';
import { withKioskHall } from '../support/kiosk-hall.ts';

test('axe finds no WCAG A/AA violation on any kiosk screen', { timeout: 180_000 }, async () => {
  await withKioskHall(
    async ({ collector, page }) => {
      const found: Record<string, string[]> = {};
      // A long thank-you so it can be checked; no idle reset in the middle of the walk.
      await patchStation(collector, { thankYouMs: 8000, cooldownMs: 0, idleResetMs: 600_000 });
      const check = async (screen: string) => {
        const violations = await axeViolations(page);
        if (violations.length > 0) found[screen] = violations;
      };
      const home = async () => {
        await page.getByRole('button', { name: '返回评价' }).click();
        await page.getByRole('button', { name: '非常满意', exact: true }).waitFor();
      };

      await page.goto(`${collector.url}/kiosk/`);
      await page.getByLabel('注册码').waitFor();
      await check('setup');
      await page.getByLabel('注册码').fill('WRONG-CODE');
      await page.getByRole('button', { name: '登记设备' }).click();
      await page.getByRole('alert').filter({ hasText: /./ }).first().waitFor();
      await check('setup with an error');

      await page.goto(`${collector.url}/kiosk/?enroll=${collector.announced.get('enrollment code')}`);
      await page.getByRole('button', { name: '1号窗口 综合受理' }).waitFor();
      await check('window choice');
      await page.getByRole('button', { name: '1号窗口 综合受理' }).click();
      await page.getByRole('button', { name: '非常满意', exact: true }).waitFor();
      await check('rating');

      await page.getByRole('button', { name: '不满意', exact: true }).click();
      await page.getByText('很抱歉让您不满意，请告诉我们原因').waitFor();
      await check('reason');
      await page.getByText('办理太慢').click();
      await page.getByRole('button', { name: '提交评价' }).click();
      await page.getByText('感谢您的评价！').waitFor();
      await check('thanks');
      await page.getByRole('button', { name: '非常满意', exact: true }).waitFor({ timeout: 15_000 });

      await page.getByRole('button', { name: '服务承诺' }).click();
      await page.locator('manyi-commitment-board').getByRole('heading').first().waitFor();
      await check('commitments');
      await home();

      await page.getByRole('button', { name: '我要投诉' }).click();
      await page.getByLabel('投诉内容').waitFor();
      await check('complaint');
      await page.getByRole('button', { name: '提交投诉' }).click();
      await page.getByText('出现问题').waitFor();
      await check('complaint with errors');
      await home();

      await page.getByRole('button', { name: '办事材料' }).click();
      await page.getByRole('button', { name: '居民身份证换领' }).click();
      await page.getByText('我已备好').first().waitFor();
      await check('checklist');
      await page.getByRole('button', { name: '其他事项' }).click();
      await page.getByRole('button', { name: '居民身份证换领' }).waitFor();
      await check('checklist choice');
      await home();

      await page.getByRole('button', { name: 'English' }).click();
      await page.getByRole('button', { name: 'Very satisfied', exact: true }).waitFor();
      await check('language: English');
      await page.getByRole('button', { name: '繁體中文' }).click();
      await page.getByRole('button', { name: '非常滿意', exact: true }).waitFor();
      await check('language: 繁體中文');
      await page.getByRole('button', { name: '简体中文' }).click();

      await openAdminPin(page);
      await check('PIN');
      await page.getByLabel('请输入管理密码').fill(collector.announced.get('kiosk PIN') ?? '');
      await page.getByRole('button', { name: '进入' }).click();
      await page.getByRole('heading', { name: '设备管理' }).waitFor();
      await check('admin');

      assert.deepEqual(found, {});
    },
    { bypassCSP: true },
  );
});
