import assert from 'node:assert/strict';
import { test } from 'node:test';
import { enrolKiosk, rate } from '../support/kiosk.ts';
import { withKioskHall } from '../support/kiosk-hall.ts';

const TICKET = 'BJ20261207-0815';

// Real Chromium against the real collector: a clerk starts a service at their window from the
// console, the window's tablet offers the pad for it, the tap's record names staff, item and
// ticket; the QR path then finds the service rated, and a second rating counts nowhere.
test('a clerk’s service event reaches the window’s tablet and its one rating names staff, item and ticket', { timeout: 120_000 }, () =>
  withKioskHall(async ({ collector, browser, page: kiosk }) => {
    await enrolKiosk(kiosk, collector);
    const created = await collector.api('/api/v1/admin/users', {
      method: 'POST',
      admin: true,
      body: JSON.stringify({
        username: 'clerk-li',
        password: 'window-one-clerk-2026',
        displayName: '李娜',
        role: 'clerk',
        stationId: 'demo',
      }),
    });
    assert.equal(created.status, 201, JSON.stringify(created.body));
    const login = await collector.api<{ token: string }>('/api/v1/auth/login', {
      method: 'POST',
      body: JSON.stringify({ username: 'clerk-li', password: 'window-one-clerk-2026' }),
    });
    // An account an admin made starts with a password the person must replace.
    const changed = await fetch(`${collector.url}/api/v1/auth/password`, {
      method: 'POST',
      headers: { authorization: `Bearer ${login.body.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ current: 'window-one-clerk-2026', next: 'window-counter-seven-77' }),
    });
    assert.ok(changed.ok, `${login.status} ${changed.status} ${await changed.clone().text()}`);
    const session = ((await changed.json()) as { token: string }).token;

    const console = await browser.newPage();
    await console.goto(`${collector.url}/admin/#/console`);
    await console.getByLabel('管理令牌').fill(session);
    await console.getByRole('button', { name: '使用令牌登录' }).click();
    await console.getByLabel('办件号').fill(TICKET);
    await console.getByLabel('工作人员').selectOption('s01');
    await console.getByLabel('办理事项').selectOption('geti-sheli');
    await console.getByRole('button', { name: '开始办件' }).click();
    const ratingUrl = (await console.locator('[data-rating-url]').textContent()) ?? '';
    assert.match(ratingUrl, /\?ratingToken=/);
    await console.getByRole('img', { name: '评价地址（补充评价）' }).waitFor();

    // The tablet offers the pad for this service within moments, naming who and what.
    await kiosk.locator('.served').getByText(TICKET, { exact: false }).waitFor({ timeout: 5_000 });
    assert.match((await kiosk.locator('.served').textContent()) ?? '', /王晓燕 · 个体工商户设立登记/);
    await rate(kiosk, '满意');
    await console.getByText('已评价：满意').waitFor({ timeout: 15_000 });
    await kiosk.locator('.served').waitFor({ state: 'detached' });

    const token = decodeURIComponent(ratingUrl.split('ratingToken=')[1]?.split('#')[0] ?? '');
    const eventId = token.split('.')[0];
    const status = await collector.api<{
      staffId: string;
      serviceItemId: string;
      ticket: string;
      rating: { level: number; channel: string };
    }>(`/api/v1/stations/demo/service-events/${eventId}`, { admin: true });
    assert.deepEqual(
      [status.body.staffId, status.body.serviceItemId, status.body.ticket, status.body.rating],
      ['s01', 'geti-sheli', TICKET, { level: 4, channel: 'device' }],
    );
    const csv = await fetch(`${collector.url}/api/v1/admin/export.csv?station=demo`, {
      headers: { authorization: `Bearer ${collector.announced.get('admin token')}` },
    }).then((r) => r.text());
    const row = csv.split('\r\n').find((line) => line.includes(TICKET)) ?? '';
    assert.match(row, /王晓燕/, 'the record names the staff member');
    assert.match(row, /个体工商户设立登记/, 'and the service item');

    // The QR code's page: the service is rated already, so the second rating is refused and counts nowhere.
    const qr = await browser.newPage();
    await qr.goto(ratingUrl);
    await qr.locator('manyi-rating-pad').getByRole('button', { name: '非常满意', exact: true }).click();
    await qr.locator('manyi-rating-pad [part~="error"]').waitFor();
    const again = await collector.api<{ rating: { level: number } }>(`/api/v1/stations/demo/service-events/${eventId}`, { admin: true });
    assert.equal(again.body.rating.level, 4);
  }),
);
