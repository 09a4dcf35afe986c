import { defineConfig } from 'vite';

// Relative base: the build works at the collector's /examples/react/dist/ and on any static host.
// The elements arrive compiled by tsc, so no decorator transform is needed; JSX needs no plugin.
export default defineConfig({
  base: './',
  oxc: { jsx: { runtime: 'automatic', importSource: 'react' } },
  build: { target: 'es2022', outDir: 'dist', emptyOutDir: true, sourcemap: true },
});
