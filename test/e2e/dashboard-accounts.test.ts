/**
 * Named accounts in real Chromium against the real collector (`npm start` with its demo): each
 * role signs in with the account the demo printed and sees only what the role allows; an appeal
 * is filed by the station's manager and decided by the district's supervisor; the audit page
 * names both. One collector and one browser for the whole file.
 */
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import type { BrowserContext, Page } from 'playwright-core';
import { axeViolations } from '../support/axe.ts';
import { enroll, ratingBatch, upload } from '../support/batches.ts';
import { launchKioskBrowser } from '../support/browser.ts';
import { CollectorProcess, freePort } from '../support/collector-process.ts';

const PHONE = '13912345678';
let work: string;
let collector: CollectorProcess;
let browser: BrowserContext;
let page: Page;

/** The username and password `npm start` printed for the demo account of this role. */
function account(role: string): { username: string; password: string } {
  const [username = '', password = ''] = (collector.announced.get(`demo account ${role}`) ?? '').split(' / ');
  return { username, password };
}

async function signIn(username: string, password: string): Promise<void> {
  await page.goto(`${collector.url}/admin/#/overview`);
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码', { exact: true }).fill(password);
  await page.getByRole('button', { name: '登录', exact: true }).click();
}

async function signInAs(role: string, shownAs: RegExp): Promise<void> {
  const { username, password } = account(role);
  await signIn(username, password);
  await page.getByText(shownAs).waitFor();
}

async function signOut(): Promise<void> {
  await page.getByRole('button', { name: '退出' }).click();
  await page.getByLabel('用户名').waitFor();
}

const navLinks = async () => (await page.getByRole('navigation').getByRole('link').allTextContents()).map((s) => s.trim());

/** What the page's own session may read, asked from inside the page (its cookie, never a token). */
const fromPage = (path: string) => page.evaluate(async (p) => (await fetch(p)).status, path);

before(async () => {
  work = await mkdtemp(join(tmpdir(), 'manyi-accounts-'));
  collector = new CollectorProcess(await freePort(), join(work, 'data'));
  await collector.start();
  const device = await enroll(collector, collector.announced.get('enrollment code') ?? '');
  // Five ratings at the demo hall, a 1 and a 2 among them: two bad-review cases.
  await upload(collector.url, device.token, ratingBatch(device.deviceId, 5, Date.now() - 3_600_000));
  const complaint = await collector.api('/api/v1/public/complaints', {
    method: 'POST',
    body: JSON.stringify({
      stationId: 'demo',
      category: 'attitude',
      description: '窗口工作人员态度冷淡',
      wantsReply: true,
      contact: { name: '王先生', phone: PHONE },
      consent: true,
    }),
  });
  assert.equal(complaint.status, 201);
  // The CSP is bypassed only so axe-core can be injected; the dashboard tests check the CSP itself.
  browser = await launchKioskBrowser(join(work, 'profile'), { bypassCSP: true });
  page = browser.pages()[0] ?? (await browser.newPage());
  await page.setViewportSize({ width: 1280, height: 800 });
});

after(async () => {
  await browser?.close();
  await collector?.stop();
  await rm(work, { recursive: true, force: true });
});

test('a wrong password is told in Chinese; the session lives in an HttpOnly cookie', { timeout: 60_000 }, async () => {
  await signIn(account('clerk').username, 'not-the-password-1');
  await page.getByRole('alert').getByText('用户名或密码不正确。').waitFor();
  assert.deepEqual(await axeViolations(page), [], 'sign-in page with an error');
  await signInAs('clerk', /演示窗口（窗口工作人员）/);
  const cookies = await browser.cookies(`${collector.url}/api/v1/`);
  const session = cookies.find((c) => c.name === 'manyi_session');
  assert.ok(session?.httpOnly, 'HttpOnly');
  assert.equal(session?.sameSite, 'Strict');
  assert.equal(await page.evaluate(() => document.cookie.includes('manyi_session')), false, 'no script reads it');
  assert.equal(await page.evaluate(() => Object.keys(localStorage).some((k) => /token|session/i.test(k))), false);
  assert.deepEqual(await navLinks(), ['总览', '事项与承诺', '告知核查', '窗口工作台'], 'a clerk sees the window’s pages only');
  await signOut();
});

test('a manager sees their own station only, and phone numbers masked until asked for', { timeout: 60_000 }, async () => {
  await signInAs('manager', /演示站长（站点负责人）/);
  assert.equal(await page.getByLabel('站点').inputValue(), 'demo');
  assert.equal(await page.getByLabel('站点').getAttribute('readonly'), '', 'the station is not theirs to change');
  assert.ok(!(await navLinks()).includes('地区'), 'no region pages');
  assert.ok(!(await navLinks()).includes('账号'), 'no accounts page');
  assert.equal(await fromPage('/api/v1/admin/stations/demo'), 200);
  assert.equal(await fromPage('/api/v1/admin/stations/demo-ledger'), 403, 'the other demo hall is not theirs');
  const listed = await page.evaluate(async () =>
    (await (await fetch('/api/v1/admin/stations')).json()).items.map((s: { id: string }) => s.id),
  );
  assert.deepEqual(listed, ['demo']);

  await page.getByRole('link', { name: '投诉' }).click();
  await page
    .getByRole('button', { name: /^[A-Z]{2}-/ })
    .first()
    .click();
  await page.getByText('139****5678').waitFor();
  assert.equal(await page.getByText(PHONE).count(), 0, 'masked by default');
  await page.getByRole('button', { name: '显示号码' }).click();
  await page.getByText(PHONE).waitFor();
  await signOut();
});

test('an appeal filed by the manager is decided by the supervisor, never by the manager', { timeout: 90_000 }, async () => {
  await signInAs('manager', /演示站长/);
  await page.getByRole('link', { name: '差评台账' }).click();
  await page.locator('tbody th button').first().click();
  await page.getByLabel('处理说明').fill('评价人误按，已调取录像核实');
  await page.getByRole('button', { name: '转为：申诉复核中' }).click();
  await page.locator('[data-state="appealed"]').waitFor();
  assert.equal(await page.getByRole('button', { name: '转为：已作废' }).count(), 0, 'the manager cannot decide it');
  await signOut();

  await signInAs('supervisor', /演示主管（主管）/);
  assert.ok((await navLinks()).includes('账号'), 'a supervisor manages the district’s accounts');
  await page.getByLabel('站点').fill('demo');
  await page.getByLabel('站点').dispatchEvent('change');
  await page.getByRole('link', { name: '差评台账' }).click();
  await page
    .locator('tbody tr', { has: page.locator('[data-state="appealed"]') })
    .locator('th button')
    .click();
  await page.getByLabel('处理说明').fill('录像核实为误按，同意申诉');
  await page.getByLabel('作废理由（留档）').fill('误按');
  await page.getByRole('button', { name: '转为：已作废' }).click();
  await page.locator('[data-state="voided"]').waitFor();
  await signOut();
});

test('an observer sees no phone number and no complaint', { timeout: 60_000 }, async () => {
  await signInAs('observer', /演示监督员（行风监督员）/);
  await page.getByLabel('站点').fill('demo');
  await page.getByLabel('站点').dispatchEvent('change');
  assert.ok(!(await navLinks()).includes('投诉'), 'no complaints page');
  assert.equal(await fromPage('/api/v1/admin/complaints?station=demo'), 403);
  await page.getByRole('link', { name: '差评台账' }).click();
  await page.locator('[data-state="voided"]').waitFor();
  assert.equal(await page.getByText(/1[3-9]\d{9}|\d{3}\*{4}\d{4}/).count(), 0, 'no phone number, whole or masked');
  assert.equal(await page.getByRole('button', { name: /^转为/ }).count(), 0, 'an observer changes nothing');
  await signOut();
});

test('the admin resets a password, the person must change it, and the audit names who did what', { timeout: 90_000 }, async () => {
  await signInAs('admin', /演示管理员（系统管理员）/);
  await page.getByRole('link', { name: '账号' }).click();
  const clerk = page.locator('tr[data-username="demo-clerk"]');
  await clerk.locator('summary').click();
  await clerk.getByLabel('demo-clerk 的新临时密码').fill('Temporary-Pass-91');
  await clerk.getByRole('button', { name: '保存' }).click();
  await page.getByText('已重置 demo-clerk 的密码').waitFor();
  assert.deepEqual(await axeViolations(page), [], 'accounts page');

  await page.getByRole('link', { name: '审计日志' }).click();
  for (const who of ['demo-manager', 'demo-supervisor'])
    await page
      .getByRole('cell', { name: new RegExp(who) })
      .first()
      .waitFor();
  const audit = (await page.locator('manyi-dashboard-audit tbody tr').allInnerTexts()).join('\n');
  assert.match(audit, /demo-manager\s*站点负责人\s*transitionCase/);
  assert.match(audit, /demo-supervisor\s*主管\s*transitionCase/);
  assert.match(audit, /demo-manager\s*站点负责人\s*getComplaintContact/, 'showing the number was recorded');
  await signOut();

  await signIn('demo-clerk', 'Temporary-Pass-91');
  await page.getByText('您的密码已被重置，请先设置新密码再继续。').waitFor();
  assert.deepEqual(await axeViolations(page), [], 'forced password change');
  await page.getByLabel('当前密码').fill('Temporary-Pass-91');
  await page.getByLabel('新密码（至少 10 个字符）').fill('Window-Seven-Lilac');
  await page.getByLabel('再次输入新密码').fill('Window-Seven-Lilac');
  await page.getByRole('button', { name: '保存' }).click();
  await page.getByText(/演示窗口（窗口工作人员）/).waitFor();
});
