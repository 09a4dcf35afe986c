import { readFileSync } from 'node:fs';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

// Relative base: the same build works at the collector's /kiosk/ and on any static host.
// Elements come compiled from their packages (tsc), so no decorator transform is needed here.
export default defineConfig({
  base: './',
  define: {
    // Version plus build time: every deployment is a new version the tablets can report.
    // MANYI_KIOSK_VERSION names a build outright (a release, or the "next version" in tests).
    __KIOSK_VERSION__: JSON.stringify(
      process.env.MANYI_KIOSK_VERSION || `${version}+${new Date().toISOString().slice(0, 16).replace(/[-:T]/g, '')}`,
    ),
  },
  resolve: {
    // workbox-window's package points bundlers at its ES5 build; its ES2017 build of the same
    // release is 1 KB smaller gzipped, and the kiosk targets ES2022 anyway.
    alias: [{ find: /^workbox-window$/, replacement: 'workbox-window/build/workbox-window.prod.mjs' }],
  },
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    // Nothing to preload: the kiosk is one file.
    modulePreload: false,
    rolldownOptions: {
      output: {
        // One file: each is gzipped on its own, so splinters (every element's on-demand messages and
        // schemas, lit, core) cost bytes and requests, and a tablet precaches all of it anyway.
        // Everything fetched with import() goes in with the entry.
        codeSplitting: {
          groups: [{ name: 'start', test: /./ }],
        },
      },
    },
  },
  plugins: [
    VitePWA({
      // Registered by our own code through workbox-window, so an update waits for an idle kiosk.
      injectRegister: false,
      registerType: 'prompt',
      strategies: 'generateSW',
      filename: 'sw.js',
      manifest: {
        name: '满意 · 服务评价',
        short_name: '满意',
        description: '政务服务"好差评"评价器',
        lang: 'zh-CN',
        display: 'fullscreen',
        orientation: 'landscape',
        start_url: './',
        scope: './',
        background_color: '#ffffff',
        theme_color: '#0b57d0',
        // PNGs for launchers and WebViews that take no SVG; the maskable one for Android's adaptive
        // icons (scripts/kiosk-icons.mjs renders them from icon.svg).
        icons: [
          { src: 'icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
          { src: 'icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: 'icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          { src: 'icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}'],
        navigateFallback: 'index.html',
        // The API is never answered from a cache: records and configuration must be live.
        navigateFallbackDenylist: [/\/api\//],
        cleanupOutdatedCaches: true,
        clientsClaim: true,
        skipWaiting: false,
        sourcemap: false,
        // One service-worker file with Workbox inside: no loader shim, no second file to fetch and gzip.
        inlineWorkboxRuntime: true,
      },
    }),
  ],
});
