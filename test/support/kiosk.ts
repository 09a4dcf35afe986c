import type { Page } from 'playwright-core';
import type { CollectorProcess } from './collector-process.ts';

export interface Stats {
  overall: { total: number; levels: Record<string, number> };
}

/** Changes the demo station's settings through the admin API (`scale`, `thankYouMs`, `idleResetMs`, …). */
export async function patchStation(collector: CollectorProcess, settings: Record<string, number>): Promise<void> {
  const patched = await collector.api('/api/v1/admin/stations/demo', { method: 'PATCH', admin: true, body: JSON.stringify(settings) });
  if (patched.status !== 200) throw new Error(`could not set up the demo station: ${patched.status} ${JSON.stringify(patched.body)}`);
}

/** Makes the demo station quick to rate in tests: a short thank-you and no cooldown. */
export function quickStation(collector: CollectorProcess): Promise<void> {
  return patchStation(collector, { thankYouMs: 300, cooldownMs: 0 });
}

/** Enrols the kiosk in `page` with the collector's first enrollment code and picks a window. */
export async function enrolKiosk(page: Page, collector: CollectorProcess, windowName = '1号窗口 综合受理'): Promise<void> {
  await page.goto(`${collector.url}/kiosk/?enroll=${collector.announced.get('enrollment code')}`);
  await page.getByRole('button', { name: windowName }).click();
  await page.getByRole('button', { name: '非常满意', exact: true }).waitFor();
}

/** Waits until the service worker has precached the kiosk and controls the page. */
export async function serviceWorkerReady(page: Page): Promise<void> {
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

/** Holds the status line as an attendant does until the PIN is asked for. */
export async function openAdminPin(page: Page): Promise<void> {
  await page.locator('.sync').hover();
  await page.mouse.down();
  await page.waitForTimeout(2300);
  await page.mouse.up();
  await page.getByLabel('请输入管理密码').waitFor();
}

/** Taps a face and waits until the visitor has been thanked and the pad is ready again. */
export async function rate(page: Page, label: string): Promise<void> {
  await page.getByRole('button', { name: label, exact: true }).click();
  await page.getByText('感谢您的评价！').waitFor();
  await page.getByRole('button', { name: label, exact: true }).waitFor();
}

export async function ratingsCounted(collector: CollectorProcess): Promise<Stats['overall']> {
  return (await collector.api<Stats>('/api/v1/admin/stats?station=demo', { admin: true })).body.overall;
}

/** What was counted since `before` (the demo hall starts with sample ratings): total and per level. */
export async function ratingsCountedSince(collector: CollectorProcess, before: Stats['overall']): Promise<Stats['overall']> {
  const now = await ratingsCounted(collector);
  const levels = Object.fromEntries(Object.entries(now.levels).map(([level, n]) => [level, n - (before.levels[level] ?? 0)]));
  return { total: now.total - before.total, levels };
}

/** Polls until `done` holds or the time runs out; returns the last value. */
export async function eventually<T>(probe: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let value = await probe();
  while (!done(value) && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 200));
    value = await probe();
  }
  return value;
}
