import assert from 'node:assert/strict';
import { test } from 'node:test';
import { totpCode, totpStep } from '../../packages/collector/src/accounts/totp.ts';
import { axeOn, screenshot, withDashboard } from '../support/dashboard.ts';

test('an admin turns on two-step verification from a QR code, then sign-in asks for the code', { timeout: 120_000 }, async () => {
  await withDashboard(async (run) => {
    const { page, collector } = run;
    const first = 'lantern-orchard-41';
    const password = 'lantern-orchard-42';
    const user = { username: 'amy', password: first, displayName: '艾米', role: 'admin' };
    assert.equal((await collector.api('/api/v1/admin/users', { method: 'POST', admin: true, body: JSON.stringify(user) })).status, 201);
    // An account an admin made starts with a password the person must replace before anything else.
    const { body: started } = await collector.api<{ token: string }>('/api/v1/auth/login', {
      method: 'POST',
      body: JSON.stringify({ username: 'amy', password: first }),
    });
    const changed = await fetch(`${collector.url}/api/v1/auth/password`, {
      method: 'POST',
      headers: { authorization: `Bearer ${started.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ current: first, next: password }),
    });
    assert.ok(changed.ok, `password change: ${changed.status}`);
    const login = (otp?: string) =>
      collector.api<{ token: string; error?: { code: string } }>('/api/v1/auth/login', {
        method: 'POST',
        body: JSON.stringify({ username: 'amy', password, ...(otp ? { otp } : {}) }),
      });
    // The shell still signs in with a bearer credential kept per tab: hand it amy's session.
    const { body: signedIn } = await login();
    await page.evaluate((token) => sessionStorage.setItem('manyi-admin-token', token), signedIn.token);
    await page.goto(`${collector.url}/admin/#/security`);
    await page.reload();

    await page.getByRole('link', { name: '账户安全' }).waitFor();
    await page.getByRole('button', { name: '开启两步验证' }).click();
    await page.getByRole('img', { name: '两步验证绑定二维码' }).waitFor();
    const secret = ((await page.locator('[data-secret]').textContent()) ?? '').replace(/\s/g, '');
    assert.match(secret, /^[A-Z2-7]{32}$/);
    await screenshot(page, 'account-security');

    await page.getByLabel('6 位动态码').fill('000000' === totpCode(secret, totpStep(Date.now())) ? '111111' : '000000');
    await page.getByRole('button', { name: '确认绑定' }).click();
    await page.getByRole('alert').getByText('动态码不正确').waitFor();
    await page.getByLabel('6 位动态码').fill(totpCode(secret, totpStep(Date.now())));
    await page.getByRole('button', { name: '确认绑定' }).click();
    await page.getByRole('status').getByText('两步验证已开启，下次登录时需要输入动态码。').waitFor();
    await page.getByRole('button', { name: '关闭两步验证' }).waitFor();

    assert.equal((await login()).body.error?.code, 'otp-required');
    assert.equal((await login(totpCode(secret, totpStep(Date.now()) + 1))).status, 200);
    assert.deepEqual(run.violations, [], 'no Content-Security-Policy violation');
    assert.deepEqual(await axeOn(run, '#/security'), [], 'account security');
  });
});
