import { type DeviceConfig, type Locale, resolveLocale, type ServiceItem } from '@manyi/core';
import { Outbox } from '@manyi/outbox';
import { html, render, type TemplateResult } from 'lit';
import { adminScreen, pinScreen } from './admin-screen.js';
import { afterPaint } from './after-paint.js';
import { API_BASE, CollectorError, enroll, fetchConfig } from './api.js';
import { cacheConfig, cachedConfig, chooseWindow, chosenWindow } from './config-cache.js';
import { keepTabletAwake } from './device-presence.js';
import { startHeartbeat } from './heartbeat.js';
import { IdleWatcher } from './idle.js';
import { checklistsScreen, commitmentsScreen, complaintScreen, type InfoScreen, infoNav } from './info-screens.js';
import { KIOSK_MESSAGES } from './messages.js';
import { onLongPress, pinMatches } from './pin.js';
import { languageSwitch, messageScreen, ratingPad, servedLine, setupScreen, syncLine, windowScreen } from './screens.js';
import { ServiceEventWatch } from './service-event.js';
import { registerServiceWorker } from './sw-update.js';

const CONFIG_REFRESH_MS = 5 * 60_000;
const ADMIN_LONG_PRESS_MS = 2000;

const app = document.getElementById('app') as HTMLElement;
const outbox = new Outbox({ endpoint: new URL('records/batch', API_BASE).href });
const defaultLocale = resolveLocale(document.documentElement.lang || navigator.language);

/** Everything the screen shows follows from this. */
const kiosk = {
  locale: defaultLocale as Locale,
  config: undefined as DeviceConfig | undefined,
  windowId: undefined as string | undefined,
  pending: 0,
  screen: (): TemplateResult => messageScreen(KIOSK_MESSAGES[defaultLocale].starting),
};
const t = () => KIOSK_MESSAGES[kiosk.locale];

const sw = registerServiceWorker(() => show(kiosk.screen));

function show(screen: () => TemplateResult): void {
  kiosk.screen = screen;
  document.documentElement.lang = kiosk.locale;
  render([screen(), syncLine(kiosk.locale, kiosk.pending, sw.updateWaiting)], app);
}

function showSetup(code: string, error?: string): void {
  show(() => setupScreen(t(), { code, busy: false, error, onSubmit: (typed) => void enrollWith(typed) }));
}

/** The rating screen as last shown, so a settings refresh can tell whether it is on screen. */
let homeScreen: (() => TemplateResult) | undefined;

// The service a clerk started at this window: the pad rates it (staff, item, ticket) until it is rated.
const serving = new ServiceEventWatch(() => {
  if (kiosk.screen === homeScreen) showHome();
});

function showHome(): void {
  const { config, windowId } = kiosk;
  if (!config || !windowId) return;
  const event = serving.current?.windowId === windowId ? serving.current : undefined;
  homeScreen = () =>
    html`${servedLine(t(), config, event)}${ratingPad(config, windowId, event, outbox)}${infoNav(t(), config, (screen) => showInfo(screen))}${languageSwitch(kiosk.locale, setLocale)}`;
  show(homeScreen);
}

function showInfo(screen: InfoScreen, item?: ServiceItem): void {
  const { config, windowId } = kiosk;
  if (!config || !windowId) return;
  if (screen === 'commitments') show(() => commitmentsScreen(t(), config, showHome));
  else if (screen === 'complaint') show(() => complaintScreen(t(), config, windowId, outbox, showHome));
  else show(() => checklistsScreen(t(), config, item, (next) => showInfo('checklists', next), showHome));
}

function setLocale(locale: Locale): void {
  kiosk.locale = locale;
  show(kiosk.screen);
}

async function enrollWith(code: string): Promise<void> {
  show(() => setupScreen(t(), { code, busy: true, onSubmit: () => {} }));
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
  // The cached settings (kept only by an enrolled kiosk) put the rating screen up at once, network
  // or not, before the database has even opened; the enrolment is confirmed, sync started and
  // fresh settings fetched once those faces have painted.
  const cached = cachedConfig();
  if (cached) {
    const enrolled = outbox.credentials().catch(() => undefined);
    useConfig(cached);
    afterPaint(async () => {
      const credentials = await enrolled;
      if (!credentials) return showSetup('');
      outbox.start();
      void refreshConfig(credentials.token);
    });
    return;
  }
  const credentials = await outbox.credentials();
  if (!credentials) return showSetup('');
  const config = await loadConfig(credentials.token);
  if (config === 'unauthorized') return showSetup('', t().needsEnrollment);
  if (!config) return show(() => messageScreen(t().offlineNoConfig, { label: t().retry, run: () => void start() }));
  useConfig(config);
  outbox.start();
}

function useConfig(config: DeviceConfig): void {
  kiosk.config = config;
  idle.timeoutMs = config.station.idleResetMs || 60_000;
  kiosk.windowId = chosenWindow(config);
  if (kiosk.windowId) showHome();
  else showWindows();
}

/** The collector's current settings; the rating screen shows a change at once, other screens on their next visit. */
async function refreshConfig(token: string): Promise<void> {
  const before = kiosk.config;
  const fresh = await loadConfig(token);
  if (fresh === 'unauthorized') return showSetup('', t().needsEnrollment);
  if (!fresh || !before || JSON.stringify(fresh) === JSON.stringify(before)) return;
  const onHome = kiosk.screen === homeScreen;
  kiosk.config = fresh;
  idle.timeoutMs = fresh.station.idleResetMs || 60_000;
  kiosk.windowId = chosenWindow(fresh);
  if (!kiosk.windowId) showWindows();
  else if (onHome) showHome();
}

function showWindows(): void {
  const config = kiosk.config;
  if (!config) return;
  show(() =>
    windowScreen(t(), config, (id) => {
      chooseWindow(id);
      kiosk.windowId = id;
      showHome();
    }),
  );
}

/** Long press on the status line, then the station's PIN: the attendant's way in. */
function openAdmin(): void {
  const config = kiosk.config;
  if (!config?.kioskPinHash) return;
  const hash = config.kioskPinHash;
  const ask = (wrong: boolean) =>
    show(() =>
      pinScreen(
        t(),
        wrong,
        async (pin) => ((await pinMatches(pin, config.station.id, hash)) ? void showAdmin() : ask(true)),
        () => showHome(),
      ),
    );
  ask(false);
}

async function showAdmin(): Promise<void> {
  const config = kiosk.config;
  if (!config) return;
  const [status, refused] = await Promise.all([outbox.status(), outbox.quarantined()]);
  show(() =>
    adminScreen(t(), {
      config,
      windowId: kiosk.windowId,
      status,
      refused,
      version: __KIOSK_VERSION__,
      locale: kiosk.locale,
      onSyncNow: () => void outbox.flush().then(() => showAdmin()),
      onChangeWindow: () => showWindows(),
      onReenroll: () =>
        void outbox.setCredentials(undefined).then(() => {
          // Else the next start would show the old station's faces until it found no enrolment.
          cacheConfig(undefined);
          showSetup('');
        }),
      onClose: () => showHome(),
    }),
  );
}

// Another visitor must never see what the last one half-typed: back to the rating screen.
const idle = new IdleWatcher(60_000, () => {
  if (sw.updateWaiting) return sw.applyUpdate();
  if (!kiosk.config || !kiosk.windowId) return;
  kiosk.locale = defaultLocale;
  document.querySelector('manyi-rating-pad')?.reset();
  showHome();
});

// The status line can wait a moment: reading the outbox right at a tap would compete with
// painting the visitor's thank-you, and a burst of changes needs only one refresh.
const STATUS_REFRESH_MS = 250;
let statusRefreshQueued = false;
outbox.addEventListener('manyi-outbox-change', () => {
  if (statusRefreshQueued) return;
  statusRefreshQueued = true;
  setTimeout(async () => {
    statusRefreshQueued = false;
    const status = await outbox.status();
    kiosk.pending = status.pending;
    if (status.state === 'unauthorized' && (await outbox.credentials())) return showSetup('', t().needsEnrollment);
    show(kiosk.screen);
  }, STATUS_REFRESH_MS);
});

async function boot(): Promise<void> {
  afterPaint(keepTabletAwake);
  onLongPress(app, ADMIN_LONG_PRESS_MS, (event) => {
    if ((event.target as Element).closest('.sync')) openAdmin();
  });
  app.addEventListener('manyi-rated', (e) => {
    const eventId = (e as CustomEvent<{ record: { eventId?: string } }>).detail.record.eventId;
    if (eventId) serving.rated(eventId);
  });
  serving.start(async () => {
    const credentials = await outbox.credentials();
    return credentials && kiosk.windowId ? { token: credentials.token, windowId: kiosk.windowId } : undefined;
  });
  startHeartbeat(outbox, () => (kiosk.config ? { stationId: kiosk.config.station.id, windowId: kiosk.windowId } : undefined));
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
    if (credentials && kiosk.config) await refreshConfig(credentials.token);
  }, CONFIG_REFRESH_MS);
}

void boot();
