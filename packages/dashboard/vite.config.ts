import { defineConfig } from 'vite';

// Served by the collector at /admin/ under a strict CSP: no inline script or style, so Vite's
// module preload polyfill (an inline script in some builds) stays off and CSS goes to files.
// Elements come compiled from their packages (tsc); our own decorators are experimental ones,
// which Vite's transform handles through this package's tsconfig.
export default defineConfig({
  base: '/admin/',
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    modulePreload: { polyfill: false },
    chunkSizeWarningLimit: 900,
  },
});
