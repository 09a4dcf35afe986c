import { afterPaint } from './after-paint.js';

/** How often the kiosk asks for a new version, since nobody reloads a hall tablet. */
const UPDATE_CHECK_MS = 30 * 60_000;

export interface ServiceWorkerControl {
  /** True once a new version is installed and waits to take over. */
  readonly updateWaiting: boolean;
  /** Hands over to the waiting version; the page reloads under it. Call only when idle. */
  applyUpdate(): void;
}

/**
 * Registers the service worker that makes the kiosk start with no network, once the first screen
 * has painted. A new version is installed in the background but takes over only when
 * `applyUpdate` is called (at idle), never in the middle of a visitor's interaction.
 */
export function registerServiceWorker(onUpdateWaiting: () => void): ServiceWorkerControl {
  let registration: ServiceWorkerRegistration | undefined;
  let waiting = false;
  let applying = false;
  const container = navigator.serviceWorker;
  if (!container || import.meta.env.DEV) return { updateWaiting: false, applyUpdate() {} };
  const found = () => {
    if (waiting || !registration?.waiting || !registration.active) return;
    waiting = true;
    onUpdateWaiting();
  };
  // A worker that finished installing while another is active waits: that is an update ready.
  const watch = (worker: ServiceWorker | null) => worker?.addEventListener('statechange', found);
  // The new worker took over (after applyUpdate): reload so page and worker match, since the new
  // worker drops the old version's files. Only then: the first install of a tablet also takes
  // control of this page (clients.claim), and must not reload it.
  container.addEventListener('controllerchange', () => {
    if (applying) location.reload();
  });
  afterPaint(async () => {
    registration = await container.register('./sw.js', { scope: './' }).catch(() => undefined);
    if (!registration) return;
    found();
    watch(registration.installing);
    registration.addEventListener('updatefound', () => watch(registration?.installing ?? null));
    setInterval(() => void registration?.update().catch(() => undefined), UPDATE_CHECK_MS);
  });
  return {
    get updateWaiting() {
      return waiting;
    },
    applyUpdate() {
      const next = registration?.waiting;
      if (!waiting || !next) return;
      applying = true;
      next.postMessage({ type: 'SKIP_WAITING' });
    },
  };
}
