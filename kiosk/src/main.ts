import { type DeviceConfig, resolveLocale } from '@manyi/core';
import { Outbox } from '@manyi/outbox';
import { render, type TemplateResult } from 'lit';
import { API_BASE, CollectorError, enroll, fetchConfig } from './api.js';
import { cacheConfig, cachedConfig, chooseWindow, chosenWindow } from './config-cache.js';
import { KIOSK_MESSAGES } from './messages.js';
import { messageScreen, ratingScreen, setupScreen, syncLine, windowScreen } from './screens.js';

const CONFIG_REFRESH_MS = 5 * 60_000;

const app = document.getElementById('app') as HTMLElement;
const locale = resolveLocale(document.documentElement.lang || navigator.language);
const t = KIOSK_MESSAGES[locale];
const outbox = new Outbox({ endpoint: new URL('records/batch', API_BASE).href });
let pending = 0;
let current: TemplateResult = messageScreen(t.starting);

function show(screen: TemplateResult): void {
  current = screen;
  render([current, syncLine(locale, pending)], app);
}

outbox.addEventListener('manyi-outbox-change', async () => {
  const status = await outbox.status();
  pending = status.pending;
  if (status.state === 'unauthorized' && (await outbox.credentials())) showSetup('', t.needsEnrollment);
  show(current);
});

function showSetup(code: string, error?: string): void {
  show(setupScreen(locale, { code, busy: false, error, onSubmit: (typed) => void enrollWith(typed) }));
}

async function enrollWith(code: string): Promise<void> {
  show(setupScreen(locale, { code, busy: true, onSubmit: () => {} }));
  try {
    const device = await enroll(code.trim(), '');
    await outbox.setCredentials({ deviceId: device.deviceId, token: device.token, stationId: device.stationId });
    cacheConfig(undefined);
    chooseWindow(undefined);
    await start();
  } catch (error) {
    showSetup(code, error instanceof Error ? error.message : String(error));
  }
}

/** Fresh configuration when the collector answers, else the cached one: the kiosk works offline. */
async function loadConfig(token: string): Promise<DeviceConfig | 'unauthorized' | undefined> {
  try {
    const config = await fetchConfig(token);
    cacheConfig(config);
    return config;
  } catch (error) {
    if (error instanceof CollectorError && error.status === 401) return 'unauthorized';
    return cachedConfig();
  }
}

async function start(): Promise<void> {
  const credentials = await outbox.credentials();
  if (!credentials) return showSetup('');
  const config = await loadConfig(credentials.token);
  if (config === 'unauthorized') return showSetup('', t.needsEnrollment);
  if (!config) return show(messageScreen(t.offlineNoConfig, { label: t.enroll, run: () => void start() }));
  outbox.start();
  const windowId = chosenWindow(config);
  if (!windowId) {
    return show(
      windowScreen(locale, config, (id) => {
        chooseWindow(id);
        show(ratingScreen(config, id, outbox));
      }),
    );
  }
  show(ratingScreen(config, windowId, outbox));
}

async function boot(): Promise<void> {
  const url = new URL(location.href);
  const code = url.searchParams.get('enroll');
  if (code) {
    // Take the code out of the address bar so it is not left on screen or in history.
    url.searchParams.delete('enroll');
    history.replaceState(null, '', url);
    await enrollWith(code);
  } else {
    await start();
  }
  setInterval(async () => {
    const credentials = await outbox.credentials();
    if (credentials) await loadConfig(credentials.token);
  }, CONFIG_REFRESH_MS);
}

void boot();
