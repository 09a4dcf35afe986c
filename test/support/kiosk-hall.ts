import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { launchKioskBrowser } from './browser.ts';
import { CollectorProcess, freePort } from './collector-process.ts';

export interface KioskHall {
  collector: CollectorProcess;
  browser: BrowserContext;
  page: Page;
}

/**
 * A started collector with its demo hall and a kiosk browser with a profile of its own, for one
 * test; both stopped and their folder removed afterwards, whatever the test does.
 */
export async function withKioskHall(test: (hall: KioskHall) => Promise<void>, options: { bypassCSP?: boolean } = {}): Promise<void> {
  const work = await mkdtemp(join(tmpdir(), 'manyi-e2e-'));
  const collector = new CollectorProcess(await freePort(), join(work, 'data'));
  const browser = await launchKioskBrowser(join(work, 'profile'), options);
  try {
    await collector.start();
    const page = browser.pages()[0] ?? (await browser.newPage());
    await test({ collector, browser, page });
  } finally {
    await browser.close();
    await collector.stop();
    await rm(work, { recursive: true, force: true });
  }
}
