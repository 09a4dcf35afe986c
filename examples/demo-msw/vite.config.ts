import { defineConfig } from 'vite';

// Relative base: the build (with public/mockServiceWorker.js beside index.html) works at the
// collector's /examples/demo-msw/dist/ and on any static host, no collector needed.
export default defineConfig({
  base: './',
  // msw and the full schemas are the demo's own weight, not what a portal ships.
  build: { target: 'es2022', outDir: 'dist', emptyOutDir: true, sourcemap: true, chunkSizeWarningLimit: 800 },
});
