// The kiosk's service worker: keeps every file of this build so the tablet starts and works with
// no network, answers navigations with the app, and leaves the API to the network. A new build
// installs beside the old one and takes over only when the page asks (at idle), then drops it.
export {};

interface PrecacheEntry {
  url: string;
  revision: string | null;
}
declare let self: ServiceWorkerGlobalScope & { __WB_MANIFEST: PrecacheEntry[] };

// Each file once (the plugin lists the web manifest and icon twice).
const FILES = [...new Map(self.__WB_MANIFEST.map((entry) => [entry.url, entry])).values()];
const PREFIX = 'manyi-kiosk-';
const scope = self.registration.scope;
const urlOf = (entry: PrecacheEntry) => new URL(entry.url, scope).href;
const PRECACHED = new Set(FILES.map(urlOf));
const INDEX = new URL('index.html', scope).href;

/** One cache per build, named after what it holds (FNV-1a of the file list and revisions). */
const CACHE = `${PREFIX}${[...JSON.stringify(FILES)]
  .reduce((h, c) => Math.imul(h ^ (c.codePointAt(0) ?? 0), 16777619) >>> 0, 2166136261)
  .toString(36)}`;
let opened: Promise<Cache> | undefined;
const cache = () => {
  opened ??= caches.open(CACHE);
  return opened;
};

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const kept = await cache();
      await Promise.all(
        FILES.map(async (entry) => {
          const url = urlOf(entry);
          // A file named by its content is the same in every build: take it from the last one.
          const earlier = entry.revision === null ? await caches.match(url) : undefined;
          if (earlier) return kept.put(url, earlier);
          const response = await fetch(url, { cache: 'reload' });
          if (!response.ok) throw new Error(`could not keep ${url}: ${response.status}`);
          await kept.put(url, response);
        }),
      );
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      // The page reloads under this build now: older builds' files (and workbox's) can go.
      for (const name of await caches.keys())
        if (name !== CACHE && (name.startsWith(PREFIX) || name.startsWith('workbox-precache'))) await caches.delete(name);
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('message', (event) => {
  if ((event.data as { type?: string } | null)?.type === 'SKIP_WAITING') void self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  const file = `${url.origin}${url.pathname}`;
  // Every page of the app is the app (with ?enroll=… too); the API is never answered from here.
  const key = request.mode === 'navigate' && !url.pathname.includes('/api/') ? INDEX : PRECACHED.has(file) ? file : undefined;
  if (!key) return;
  event.respondWith(
    cache()
      .then((c) => c.match(key))
      .then((hit) => hit ?? fetch(request)),
  );
});
