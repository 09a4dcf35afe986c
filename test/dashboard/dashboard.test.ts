import assert from 'node:assert/strict';
import { test } from 'node:test';
import { enroll, ratingBatch, ratingsCounted, upload } from '../support/batches.ts';
import { complaintStatusPath } from '../support/complaint-lookup.ts';
import { axeOn, screenshot, withDashboard } from '../support/dashboard.ts';
import { eventually } from '../support/kiosk.ts';

test('sign in, read the figures, export them; the token stays out of URLs; no CSP violation', { timeout: 120_000 }, async () => {
  await withDashboard(async (run) => {
    const { page } = run;
    await page.getByRole('heading', { name: '满意度总览' }).waitFor();
    const ratings = page.locator('.kpi', { hasText: '评价总数' });
    await ratings.getByText('25').waitFor();
    // 25 ratings cycling 1..5: levels 3–5 count as good (15 of 25 = 60%), levels 1–2 as bad (40%).
    assert.match((await page.locator('.kpi', { hasText: '好评率' }).textContent()) ?? '', /60%/);
    assert.match((await page.locator('.kpi', { hasText: '差评率' }).textContent()) ?? '', /40%/);
    // The grade is the station's own standing thresholds applied to the period, never fixed score bands.
    await page.locator('.kpi', { hasText: '满意站所标准' }).getByText('未达标').waitFor();
    await page.getByRole('list', { name: '满意站所标准' }).getByText('好评率 60.0%，低于 95.0% 的要求').waitFor();
    assert.equal(await page.locator('.kpi', { hasText: '回复率' }).count(), 1, 'one reply rate on screen');
    await page.getByText('以表格查看').first().click();
    await page.getByRole('rowheader', { name: '1号窗口 综合受理' }).first().waitFor();
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: '导出 CSV' }).click();
    assert.match((await download).suggestedFilename(), /\.csv$/);
    assert.doesNotMatch(page.url(), /token|Bearer/);
    await page.locator('manyi-dashboard-chart svg').first().waitFor();
    await screenshot(page, 'overview');
    await page.getByLabel('语言').selectOption('en');
    await page.getByRole('heading', { name: 'Satisfaction overview' }).waitFor();
    await screenshot(page, 'overview-en');
    await page.getByLabel('Language').selectOption('zh-CN');
    assert.deepEqual(run.violations, [], 'no Content-Security-Policy violation');
    assert.deepEqual(await axeOn(run, '#/overview'), [], 'overview');
  });
});

test('a complaint with contact gets a public reply that the status lookup then shows', { timeout: 120_000 }, async () => {
  await withDashboard(async (run) => {
    const { page, collector } = run;
    const filed = await collector.api<{ trackingNo: string }>('/api/v1/public/complaints', {
      method: 'POST',
      body: JSON.stringify({
        stationId: 'demo',
        category: 'attitude',
        description: '窗口人员态度生硬',
        wantsReply: true,
        contact: { name: '王先生', phone: '13912345678' },
        consent: true,
      }),
    });
    assert.equal(filed.status, 201);
    const { trackingNo } = filed.body;
    await page.getByRole('link', { name: '投诉' }).click();
    await page.getByRole('button', { name: trackingNo }).click();
    await page.getByText('139****5678').waitFor();
    assert.equal(await page.getByText('13912345678').count(), 0, 'masked until asked for');
    await page.getByRole('button', { name: '显示号码' }).click();
    await page.getByText('13912345678').waitFor();
    await page.getByRole('form', { name: '分派' }).getByLabel('责任人').fill('刘强');
    await page.getByRole('form', { name: '分派' }).getByRole('button', { name: '分派' }).click();
    await page.getByText('责任人: 刘强').waitFor();
    const reply = page.getByRole('form', { name: '答复' });
    await reply.getByLabel(/公开答复/).fill('已约谈当事人并致歉，感谢监督。');
    await reply.getByRole('button', { name: '答复' }).click();
    await page.getByText('已约谈当事人并致歉，感谢监督。').first().waitFor();
    // The history names each step in the reader's language, never as a status code.
    const history = page.getByRole('heading', { name: '处理记录' }).locator('xpath=following-sibling::ol[1]');
    const steps = (await history.getByRole('listitem').allTextContents()).map((s) => s.replace(/^.*? · /, ''));
    assert.deepEqual(steps, ['分派: 刘强', '答复: 已分派 → 已答复 — 已约谈当事人并致歉，感谢监督。']);
    await screenshot(page, 'complaints');
    const status = await collector.api<{ status: string; publicReply: string }>(await complaintStatusPath(collector, trackingNo));
    assert.equal(status.body.status, 'replied');
    assert.equal(status.body.publicReply, '已约谈当事人并致歉，感谢监督。');
    assert.deepEqual(await axeOn(run, '#/complaints'), [], 'complaints');
  });
});

test('the catalogue editor shows problems beside the field, previews, and saves a commitment', { timeout: 120_000 }, async () => {
  await withDashboard(async (run) => {
    const { page, collector } = run;
    await page.getByRole('link', { name: '事项与承诺' }).click();
    await page.getByRole('heading', { name: '服务承诺', exact: true }).waitFor();
    await page.getByRole('region', { name: '服务承诺' }).getByRole('button', { name: '新建' }).click();
    await page.getByRole('button', { name: '保存' }).click();
    await page.getByText(/请先改正标出的/).waitFor();
    await page.getByLabel('编号（小写字母、数字、连字符）').fill('quick-reply');
    await page.getByLabel('承诺内容').fill('咨询电话 30 分钟内回复');
    await page.locator('manyi-commitment-board').getByText('咨询电话 30 分钟内回复').waitFor();
    await page.getByRole('button', { name: '保存' }).click();
    await page.getByText('已保存。').waitFor();
    const saved = await collector.api<{ promise: string }>('/api/v1/admin/stations/demo/commitments/quick-reply', { admin: true });
    assert.equal(saved.body.promise, '咨询电话 30 分钟内回复');
    await screenshot(page, 'catalogue');
    assert.deepEqual(run.violations, []);
    assert.deepEqual(await axeOn(run, '#/catalogue'), [], 'catalogue');
  });
});

test('a bad review tapped on the kiosk reaches the ledger and is called back, rectified and closed as satisfied', {
  timeout: 150_000,
}, async () => {
  await withDashboard(async (run) => {
    const { page, collector } = run;
    // A visitor at window 1 taps 非常不满意 and gives a reason no sample rating has.
    // The tablet that uploaded the sample ratings used the announced code: this one gets its own.
    const code = await collector.api<{ code: string }>('/api/v1/admin/stations/demo/enrollment-codes', { method: 'POST', admin: true });
    assert.equal(code.status, 201);
    const kiosk = await page.context().newPage();
    await kiosk.goto(`${collector.url}/kiosk/?enroll=${code.body.code}`);
    await kiosk.getByRole('button', { name: '1号窗口 综合受理' }).click();
    await kiosk.getByRole('button', { name: '非常不满意', exact: true }).click();
    await kiosk.getByText('等候太久').click();
    await kiosk.getByRole('button', { name: '提交评价' }).click();
    await kiosk.getByText('感谢您的评价！').waitFor();
    type Cases = { cases: { reasons: string[]; windowId: string | null; state: string }[] };
    const arrived = await eventually(
      async () => (await collector.api<Cases>('/api/v1/admin/cases?station=demo', { admin: true })).body.cases,
      (cases) => cases.some((c) => c.reasons.includes('waiting')),
    );
    assert.deepEqual(
      arrived.filter((c) => c.reasons.includes('waiting')).map((c) => [c.windowId, c.state]),
      [['w01', 'new']],
      'the tap opened one new case for window 1',
    );
    await kiosk.close();

    await page.getByRole('link', { name: '差评台账' }).click();
    const row = page.locator('tbody tr', { hasText: '等候太久' });
    await row.getByText('1号窗口 综合受理').waitFor(); // the window by its name, as the hall calls it
    await row.getByRole('button').click();
    for (const [to, note] of [
      ['已回访', '已电话回访群众'],
      ['整改中', '安排窗口补充说明材料'],
      ['已整改', '已整改'],
      ['群众满意', '群众表示满意'],
    ] as const) {
      await page.getByLabel('处理说明').fill(note);
      await page.getByRole('button', { name: `转为：${to}` }).click();
      await row.locator('[data-state]').getByText(to).waitFor();
    }
    const closed = (await collector.api<Cases>('/api/v1/admin/cases?station=demo', { admin: true })).body.cases;
    assert.deepEqual(
      closed.filter((c) => c.reasons.includes('waiting')).map((c) => c.state),
      ['satisfied'],
      'the collector keeps the case as closed with the citizen satisfied',
    );
    await screenshot(page, 'ledger');
    assert.deepEqual(await axeOn(run, '#/ledger'), [], 'ledger');
  });
});

test('a burst flagged as misuse is listed, kept out of the figures, and counted again once restored', { timeout: 120_000 }, async () => {
  await withDashboard(async (run) => {
    const { page, collector } = run;
    const code = await collector.api<{ code: string }>('/api/v1/admin/stations/demo/enrollment-codes', { method: 'POST', admin: true });
    const device = await enroll(collector, code.body.code);
    const burst = ratingBatch(device.deviceId, 3, Date.now() - 600_000);
    for (const r of burst.records) Object.assign(r, { windowId: 'w02', misuse: true });
    const before = await ratingsCounted(collector);
    const stored = await upload(collector.url, device.token, burst);
    assert.deepEqual(
      stored.map((r) => r.status),
      ['accepted', 'accepted', 'accepted'],
      'the burst is kept',
    );

    await page.getByRole('link', { name: '误触' }).click();
    const rows = page.locator('tbody tr', { hasText: '2号窗口 户籍业务' });
    await rows.first().waitFor();
    assert.equal(await rows.count(), 3);
    assert.equal(await rows.getByText('已排除').count(), 3, 'every tap of the burst is shown as left out');
    assert.equal(before, await ratingsCounted(collector), 'uploading the burst changed no figure');

    await rows.first().getByRole('button', { name: '恢复计入' }).click();
    await rows.first().getByText('已计入').waitFor();
    assert.equal(await ratingsCounted(collector), before + 1, 'the restored tap counts');

    // What the page shows comes from the collector, so it holds after a reload.
    await page.reload();
    await rows.first().waitFor();
    assert.equal(await rows.getByText('已计入').count(), 1);
    assert.equal(await rows.getByRole('button', { name: '重新排除' }).count(), 1);
  });
});

test('the notices audit names the applicant who came back for a material the first notice left out', { timeout: 120_000 }, async () => {
  await withDashboard(async ({ page }) => {
    // The demo's handled copy of the hall (demo-ledger) holds two notices to one applicant.
    await page.getByLabel('站点').fill('demo-ledger');
    await page.getByLabel('站点').press('Tab');
    await page.getByRole('link', { name: '告知核查' }).click();
    const finding = page.locator('tbody tr', { hasText: '婚姻状况证明' });
    await finding.waitFor();
    assert.match((await finding.textContent()) ?? '', /GZ-20260001 → GZ-20260009/);
    await finding.getByText('不动产转移登记', { exact: false }).waitFor(); // the service item by name
    await screenshot(page, 'notices-finding');
  });
});

test('the audit pages load and pass axe', { timeout: 120_000 }, async () => {
  await withDashboard(async (run) => {
    for (const [link, hash, name] of [
      ['告知核查', '#/notices', 'notices'],
      ['误触', '#/misuse', 'misuse'],
      ['差评台账', '#/ledger', 'ledger-empty'],
    ] as const) {
      await run.page.getByRole('link', { name: link }).click();
      await run.page.locator('main h2').first().waitFor();
      await screenshot(run.page, name);
      assert.deepEqual(await axeOn(run, hash), [], name);
    }
  });
});

test('the regions page sums up the demo district, ranks its halls, and opens one of them', { timeout: 120_000 }, async () => {
  await withDashboard(async (run) => {
    const { page } = run;
    const suggested = await page
      .locator('datalist#station-list option')
      .evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
    assert.deepEqual(suggested.sort(), ['demo', 'demo-ledger'], 'the station field suggests every station');

    await page.getByRole('link', { name: '地区', exact: true }).click();
    await page.getByRole('heading', { name: '地区汇总' }).waitFor();
    assert.equal(await page.locator('select[name="region"]').inputValue(), 'demo-district');
    await page.locator('.kpi', { hasText: '站点数' }).getByText('2').waitFor();
    const ledgerHall = '示范政务服务大厅（处理台账演示）';
    // The 25 uploaded ratings and the ledger hall's two weeks, together.
    const counted = await run.collector.api<{ overall: { total: number }; groups: { key: string; total: number }[] }>(
      '/api/v1/admin/stats?region=demo-district&by=station',
      { admin: true },
    );
    const total = counted.body.overall.total;
    assert.ok(total > 25, `${total} ratings in the district`);
    await page.locator('.kpi', { hasText: '评价总数' }).getByText(String(total)).waitFor();
    await page.getByRole('rowheader', { name: ledgerHall }).waitFor();
    await page.getByRole('rowheader', { name: '示范政务服务大厅', exact: true }).waitFor();
    await screenshot(page, 'regions');
    assert.deepEqual(await axeOn(run, '#/regions'), [], 'regions');

    await page.getByRole('button', { name: `查看${ledgerHall}的总览` }).click();
    await page.getByRole('heading', { name: '满意度总览' }).waitFor();
    assert.equal(await page.getByLabel('站点').inputValue(), 'demo-ledger');
    assert.match(page.url(), /#\/overview$/);
  });
});

test('a manager builds the region tree and moves a hall out of the district in the dashboard', { timeout: 120_000 }, async () => {
  await withDashboard(async (run) => {
    const { page } = run;
    await page.getByRole('link', { name: '地区', exact: true }).click();
    await page.locator('.kpi', { hasText: '站点数' }).getByText('2').waitFor();
    const editor = page.locator('form', { has: page.getByRole('heading', { name: '新建地区' }) });
    await editor.getByLabel('编号').fill('demo-city');
    await editor.getByLabel('名称').fill('示范市');
    await editor.getByLabel('行政区划代码').fill('3301');
    await editor.getByText('use the 6-digit administrative division code').waitFor();
    await editor.getByLabel('行政区划代码').fill('330100');
    await editor.getByLabel('上级地区').selectOption('');
    await editor.getByRole('button', { name: '保存' }).click();
    await page.getByRole('status').getByText('已保存').waitFor();
    const regions = await run.collector.api<{ items: { id: string; code?: string }[] }>('/api/v1/admin/regions', { admin: true });
    assert.deepEqual(
      regions.body.items.find((r) => r.id === 'demo-city'),
      { id: 'demo-city', name: '示范市', code: '330100' },
    );

    await page.locator('select[name="region"]').selectOption('demo-district');
    await page.getByRole('button', { name: '修改“示范区”' }).click();
    const change = page.locator('form', { has: page.getByRole('heading', { name: '修改地区' }) });
    await change.getByLabel('上级地区').selectOption('demo-city');
    await change.getByRole('button', { name: '保存' }).click();
    await page.locator('select[name="region"] option', { hasText: '示范市 › 示范区' }).waitFor({ state: 'attached' });

    const placing = page.locator('form', { has: page.getByRole('heading', { name: '站点 demo 所属地区' }) });
    await placing.getByLabel('地区').selectOption('');
    await placing.getByRole('button', { name: '保存' }).click();
    await page.locator('select[name="region"]').selectOption('demo-district');
    await page.locator('.kpi', { hasText: '站点数' }).getByText('1').waitFor();
    const demo = await run.collector.api<{ regionId?: string }>('/api/v1/admin/stations/demo', { admin: true });
    assert.equal(demo.body.regionId, undefined, 'the demo hall lies in no region now');
    await screenshot(page, 'regions-editor');
    assert.deepEqual(await axeOn(run, '#/regions'), [], 'regions with the editor');
  });
});
