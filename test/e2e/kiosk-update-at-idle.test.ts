import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { launchKioskBrowser } from '../support/browser.ts';
import { CollectorProcess, freePort } from '../support/collector-process.ts';
import { enrolKiosk, eventually, openAdminPin, patchStation, ratingsCounted, serviceWorkerReady } from '../support/kiosk.ts';

const KIOSK = fileURLToPath(new URL('../../kiosk/', import.meta.url));
const NEXT_VERSION = '9.9.9-next';
const IDLE_MS = 6000;

/** Builds the kiosk as a new release would be, into its own folder. */
function buildNextKiosk(outDir: string): void {
  const built = spawnSync(
    process.execPath,
    [join(KIOSK, 'node_modules/vite/bin/vite.js'), 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'error'],
    {
      cwd: KIOSK,
      env: { ...process.env, MANYI_KIOSK_VERSION: NEXT_VERSION },
      encoding: 'utf8',
    },
  );
  if (built.status !== 0) throw new Error(`the kiosk build failed:\n${built.stdout}\n${built.stderr}`);
}

/** The app script a page of this build loads: different for every build. */
async function entryScript(dist: string): Promise<string> {
  const match = /src="\.\/(assets\/index-[^"]+\.js)"/.exec(await readFile(join(dist, 'index.html'), 'utf8'));
  if (!match?.[1]) throw new Error(`no entry script in ${dist}/index.html`);
  return match[1];
}

test('a new version deployed while a visitor is rating is applied only when the kiosk is idle', { timeout: 240_000 }, async () => {
  const work = await mkdtemp(join(tmpdir(), 'manyi-e2e-'));
  const next = join(work, 'kiosk-next');
  buildNextKiosk(next);
  const port = await freePort();
  const dataDir = join(work, 'data');
  let collector = new CollectorProcess(port, dataDir);
  const browser = await launchKioskBrowser(join(work, 'profile'));
  try {
    await collector.start();
    await patchStation(collector, { thankYouMs: 1500, cooldownMs: 0, idleResetMs: IDLE_MS });
    // The demo station comes with sample ratings: count from here.
    const before = await ratingsCounted(collector);
    const page = browser.pages()[0] ?? (await browser.newPage());
    await enrolKiosk(page, collector);
    await serviceWorkerReady(page);
    const oldEntry = await page.evaluate(() => (document.querySelector('script[type=module]') as HTMLScriptElement).src);
    assert.notEqual(new URL(oldEntry).pathname, `/kiosk/${await entryScript(next)}`, 'the two builds differ');

    // The new release goes live on the same address.
    const admin = collector.announced;
    await collector.stop();
    collector = new CollectorProcess(port, dataDir, { MANYI_KIOSK_DIR: next });
    await collector.start();
    for (const [k, v] of admin) if (!collector.announced.has(k)) collector.announced.set(k, v);

    // A visitor is in the middle of a bad review when the kiosk's periodic check finds the update.
    await page.evaluate(() => {
      (window as unknown as { sameDocument: boolean }).sameDocument = true;
    });
    await page.getByRole('button', { name: '不满意', exact: true }).click();
    await page.getByText('很抱歉让您不满意，请告诉我们原因').waitFor();
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    await page.locator('.sync', { hasText: '新版本已就绪' }).waitFor({ timeout: 60_000 });

    // Nothing is taken from the visitor: same page, same half-done review, which still counts.
    assert.equal(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument), true, 'no reload mid-visit');
    await page.getByText('办理太慢').click();
    await page.getByRole('button', { name: '提交评价' }).click();
    await page.getByText('感谢您的评价！').waitFor();
    // A screen whose code was never loaded still opens: the old version's files are still cached.
    await page.getByRole('button', { name: '非常满意', exact: true }).waitFor();
    await page.getByRole('button', { name: '我要投诉' }).click();
    await page.getByLabel('投诉内容').fill('窗口的叫号屏不亮');
    await page.getByRole('button', { name: '返回评价' }).click();
    assert.equal(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument), true, 'still no reload');
    assert.equal(new URL(page.url()).pathname, '/kiosk/');

    // Then nobody touches it: at idle the new version takes over and starts on the rating screen.
    await page.waitForFunction(() => !(window as unknown as { sameDocument?: boolean }).sameDocument, undefined, {
      timeout: IDLE_MS + 30_000,
    });
    await page.getByRole('button', { name: '非常满意', exact: true }).waitFor();
    const newEntry = await page.evaluate(() => (document.querySelector('script[type=module]') as HTMLScriptElement).src);
    assert.equal(new URL(newEntry).pathname, `/kiosk/${await entryScript(next)}`, 'the page runs the new build');
    await openAdminPin(page);
    await page.getByLabel('请输入管理密码').fill(collector.announced.get('kiosk PIN') ?? '');
    await page.getByRole('button', { name: '进入' }).click();
    assert.match((await page.locator('.admin').textContent()) ?? '', new RegExp(NEXT_VERSION.replaceAll('.', '\\.')));

    const overall = await eventually(
      () => ratingsCounted(collector),
      (o) => o.total > before.total,
    );
    assert.deepEqual(
      [overall.total, overall.levels['2']],
      [before.total + 1, (before.levels['2'] ?? 0) + 1],
      'the review made across the update arrived once',
    );
  } finally {
    await browser.close();
    await collector.stop();
    await rm(work, { recursive: true, force: true });
  }
});
