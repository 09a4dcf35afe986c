import assert from 'node:assert/strict';
import { test } from 'node:test';
import { axeOn, screenshot, withDashboard } from '../support/dashboard.ts';

test('a box complaint keyed in, found 查实: 4 points and a warning talk; appealed, the supervisor overturns it and the points come back', {
  timeout: 120_000,
}, async () => {
  await withDashboard(async (run) => {
    const { page } = run;
    await page.getByRole('link', { name: '投诉', exact: true }).click();
    const intake = page.getByRole('form', { name: /登记投诉/ });
    await intake.getByLabel('来源').selectOption('box');
    await intake.getByLabel('类别').selectOption('attitude');
    await intake.getByLabel('投诉内容').fill('意见箱来信：1号窗口王晓燕态度蛮横。');
    await intake.getByLabel(/被投诉工作人员/).fill('s01');
    await intake.getByRole('button', { name: '登记投诉' }).click();
    const done = (await page.getByRole('status').filter({ hasText: '已登记' }).textContent()) ?? '';
    const trackingNo = /投诉编号 (\S+)/.exec(done)?.[1] ?? assert.fail(`no tracking number in "${done}"`);

    await page.getByRole('button', { name: trackingNo }).click();
    const finding = page.getByRole('form', { name: '记录结论' });
    await finding.getByLabel('结论').selectOption('substantiated');
    await finding.getByLabel(/理由/).fill('调取录像，态度问题属实。');
    await finding.getByRole('button', { name: '记录结论' }).click();
    await page.getByText('结论: 查实').waitFor();

    await page.getByRole('link', { name: '工作人员记分' }).click();
    const row = page.getByRole('row', { name: /王晓燕/ });
    await row.getByText('8', { exact: true }).waitFor();
    await row.getByText('待谈话').waitFor();
    await page.getByText(/投诉经调查作出“查实”结论（不是办结）才扣分/).waitFor();
    await screenshot(page, 'staff-points');

    await page.getByRole('link', { name: '投诉', exact: true }).click();
    await page.getByRole('button', { name: trackingNo }).click();
    const talk = page.getByRole('form', { name: '记录谈话' });
    await talk.getByLabel('谈话时间').fill(new Date(Date.now() + 8 * 3_600_000 - 3_600_000).toISOString().slice(0, 16));
    await talk.getByLabel('谈话记录').fill('指出服务态度问题，本人表示接受。');
    await talk.getByRole('button', { name: '记录谈话' }).click();
    await page.getByText(/诫勉谈话: admin-token 于/).waitFor();

    const appeal = page.getByRole('form', { name: /申诉（被投诉人/ });
    await appeal.getByLabel('申诉理由').fill('录像中为另一名工作人员。');
    await appeal.getByRole('button', { name: '提交申诉' }).click();
    await page.getByText(/待主管决定/).waitFor();
    const decide = page.getByRole('form', { name: '申诉决定（主管）' });
    await decide.getByLabel('申诉决定（主管）').selectOption('overturned');
    await decide.getByLabel('决定理由').fill('复核录像，确系误认，撤销查实结论。');
    await decide.getByRole('button', { name: '作出决定' }).click();
    await page.getByText(/已由 admin-token 撤销，不计扣分/).waitFor();

    await page.getByRole('link', { name: '工作人员记分' }).click();
    await page
      .getByRole('row', { name: /王晓燕/ })
      .getByText('12', { exact: true })
      .waitFor();
    assert.deepEqual(run.violations, [], 'no Content-Security-Policy violation');
    assert.deepEqual(await axeOn(run, '#/staff-points'), [], 'staff points');
  });
});
