import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { launchKioskBrowser } from '../support/browser.ts';
import { CollectorProcess, freePort } from '../support/collector-process.ts';
import { complaintStatusPath } from '../support/complaint-lookup.ts';

/** What an example test drives: the real collector CLI serving /examples/ and a real Chromium. */
export interface Portal {
  collector: CollectorProcess;
  browser: BrowserContext;
  page: Page;
  /** Console errors and uncaught exceptions of the page: an example that throws is broken. */
  pageErrors: string[];
}

/**
 * Starts the collector (which serves the built examples at /examples/) and a browser; cleans up
 * after `use`. `bypassCSP` only for injecting axe-core: it switches off what strict-CSP tests check.
 */
export async function withPortal(use: (portal: Portal) => Promise<void>, options: { bypassCSP?: boolean } = {}): Promise<void> {
  const work = await mkdtemp(join(tmpdir(), 'manyi-examples-'));
  const collector = new CollectorProcess(await freePort(), join(work, 'data'));
  const browser = await launchKioskBrowser(join(work, 'profile'), options);
  try {
    await collector.start();
    const page = browser.pages()[0] ?? (await browser.newPage());
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') pageErrors.push(`${message.text()} ${message.location().url}`);
    });
    await use({ collector, browser, page, pageErrors });
  } finally {
    await browser.close();
    await collector.stop();
    await rm(work, { recursive: true, force: true });
  }
}

/**
 * Opens an example and fails with a pointer to the build when it was not built. The address
 * carries a fresh service event's rating token, as a receipt's QR code would, so its pad can rate.
 */
export async function openExample(portal: Portal, path: string): Promise<void> {
  const started = await portal.collector.api<{ ratingToken: string }>('/api/v1/stations/demo/service-events', {
    method: 'POST',
    admin: true,
    body: JSON.stringify({ windowId: 'w01', ticket: 'BJ-EXAMPLE-0001', staffId: 's01' }),
  });
  assert.equal(started.status, 201, 'a service event to rate');
  const response = await portal.page.goto(
    `${portal.collector.url}/examples/${path}?ratingToken=${encodeURIComponent(started.body.ratingToken)}`,
  );
  assert.equal(response?.status(), 200, `/examples/${path} is served; run \`pnpm run build:all\` to build the examples`);
}

/** Taps 满意 (a good review, so no reason is asked) and waits for the pad's thank-you. */
export async function rateSatisfied(pad: Locator): Promise<void> {
  await pad.getByRole('button', { name: '满意', exact: true }).click();
  await pad.locator('[part~="thanks"]').waitFor();
}

/** Files an anonymous complaint through the form as a citizen would and returns the number it shows. */
export async function fileComplaint(form: Locator, description: string): Promise<string> {
  await form.getByRole('radio').first().check();
  await form.getByRole('textbox', { name: '投诉内容' }).fill(description);
  await form.getByRole('button', { name: '提交投诉' }).click();
  const number = form.locator('[part~="tracking-number"]');
  await number.waitFor();
  return ((await number.textContent()) ?? '').trim();
}

/** The last event the host page showed in its log `output`, once it is one of `types`. */
export async function lastEvent(output: Locator, type: string): Promise<string> {
  try {
    await output.and(output.page().locator(`[data-event="${type}"]`)).waitFor();
  } catch (error) {
    // Say what the page did show (another event, an error, or none), not only that it timed out.
    const shown = await output.evaluate((o) => `${(o as HTMLElement).dataset.event ?? 'no event'}: ${o.textContent}`);
    throw new Error(`expected ${type} in the host log, which shows ${shown}`, { cause: error });
  }
  return (await output.textContent()) ?? '';
}

/** The collector's public status of a complaint: proof that the complaint reached it. */
export async function complaintStatus(collector: CollectorProcess, trackingNo: string): Promise<number> {
  const { status } = await collector.api(await complaintStatusPath(collector, trackingNo));
  return status;
}
