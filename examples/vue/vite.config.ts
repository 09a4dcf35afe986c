import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

// Relative base: the build works at the collector's /examples/vue/dist/ and on any static host.
export default defineConfig({
  base: './',
  plugins: [
    vue({
      // Vue leaves manyi-* tags to the browser's custom element registry instead of resolving components.
      template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('manyi-') } },
    }),
  ],
  build: { target: 'es2022', outDir: 'dist', emptyOutDir: true, sourcemap: true },
});
