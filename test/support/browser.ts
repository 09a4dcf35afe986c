import { type BrowserContext, chromium } from 'playwright-core';

/** Flags that keep Chromium quiet and working on a closed network, as root, without a GPU. */
const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/**
 * A real Chromium with a profile on disk, so IndexedDB and service workers persist across
 * reloads and relaunches exactly as on a hall tablet.
 */
export function launchKioskBrowser(profileDir: string, options: { bypassCSP?: boolean } = {}): Promise<BrowserContext> {
  return chromium.launchPersistentContext(profileDir, {
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    headless: true,
    args: ARGS,
    locale: 'zh-CN',
    // Only for tests that inject axe-core: the collector's strict CSP would refuse the script.
    bypassCSP: options.bypassCSP ?? false,
  });
}
