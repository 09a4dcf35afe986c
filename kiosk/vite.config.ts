import { defineConfig } from 'vite';

// Relative base: the same build works at the collector's /kiosk/ and on any static host.
// Elements come compiled from their packages (tsc), so no decorator transform is needed here.
export default defineConfig({
  base: './',
  build: { target: 'es2022', outDir: 'dist', emptyOutDir: true, sourcemap: true },
});
