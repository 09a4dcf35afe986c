import { Workbox } from 'workbox-window';
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
  let waiting = false;
  let applying = false;
  if (!('serviceWorker' in navigator) || import.meta.env.DEV) return { updateWaiting: false, applyUpdate() {} };
  const wb = new Workbox('./sw.js', { scope: './' });
  wb.addEventListener('waiting', () => {
    waiting = true;
    onUpdateWaiting();
  });
  // The new worker took over (after applyUpdate): reload so page and worker match, since the new
  // worker drops the old version's files. Not workbox's `isUpdate`: on a tablet whose first
  // install was this very page load it is false, and every later update found by the periodic
  // check counts as "external" to workbox, yet must still be applied.
  wb.addEventListener('controlling', () => {
    if (applying) location.reload();
  });
  // Once the first screen has painted: registering and precaching must not hold up the faces.
  afterPaint(() => {
    void wb.register();
    setInterval(() => void wb.update().catch(() => undefined), UPDATE_CHECK_MS);
  });
  return {
    get updateWaiting() {
      return waiting;
    },
    applyUpdate() {
      if (!waiting) return;
      applying = true;
      wb.messageSkipWaiting();
    },
  };
}
